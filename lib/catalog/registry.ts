// Every app Conduit knows, listed by hand: adding an app is adding a line here.
import type { AppDefinition } from "@/lib/catalog/define";
import { customerioApp } from "@/lib/catalog/customerio/app";
import { stripeApp } from "@/lib/catalog/stripe/app";

export const apps: readonly AppDefinition[] = [stripeApp, customerioApp];
