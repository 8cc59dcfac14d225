import { describeFields, type FieldDescriptor } from "@/lib/catalog/describe-fields";
import { apps } from "@/lib/catalog/registry";

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

/** Every app's connect form, in the registry's order. */
export function describeConnectForms(): ConnectFormSpec[] {
  return apps.map((app) => ({
    app: app.key,
    appName: app.name,
    ...(app.connection.purpose ? { purpose: app.connection.purpose } : {}),
    ...(app.connection.intro ? { intro: app.connection.intro } : {}),
    ...(app.connection.note ? { note: app.connection.note } : {}),
    fields: describeFields(app.connection.fields),
  }));
}
