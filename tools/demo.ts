// `npm run demo`: `npm start` plus local Stripe and Customer.io stand-ins with a demo shop (run-app.ts).
import { runApp } from "@/tools/run-app";

await runApp({ mode: "demo" });
