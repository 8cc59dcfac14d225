import type { AppDefinition } from "@/lib/catalog/define";
import { describeFields, type FieldDescriptor } from "@/lib/catalog/describe-fields";
import { apps as registeredApps } from "@/lib/catalog/registry";

/** An app's connect form as plain JSON, for the client component that draws it. */
export interface ConnectFormSpec {
  app: string;
  appName: string;
  /** The dialog's description. */
  purpose?: string;
  /** Above the fields; **bold** and [links](https://…). */
  intro?: string;
  /** Under the fields. */
  note?: string;
  fields: FieldDescriptor[];
}

/** Every app's connect form, in the registry's order; in the viewer's language from localizedApps(), else as declared. */
export function describeConnectForms({ apps = registeredApps }: { apps?: readonly AppDefinition[] } = {}): ConnectFormSpec[] {
  return apps.map((app) => ({
    app: app.key,
    appName: app.name,
    ...(app.connection.purpose ? { purpose: app.connection.purpose } : {}),
    ...(app.connection.intro ? { intro: app.connection.intro } : {}),
    ...(app.connection.note ? { note: app.connection.note } : {}),
    fields: describeFields(app.connection.fields),
  }));
}
