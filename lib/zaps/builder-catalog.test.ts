// The builder, the Apps page and zap lists get the catalog in the viewer's language from the same
// localized apps; English viewers get exactly the declarations' words.
import { describe, expect, it } from "vitest";
import { localizedApps } from "@/lib/catalog/localized-apps";
import { builderCatalog } from "@/lib/zaps/builder-catalog";
import { catalogOverview } from "@/lib/zaps/catalog-overview";
import { describeZapFlow } from "@/lib/zaps/describe-zap-flow";
import { starterDefinition } from "@/lib/zaps/starter-definition";
import { localizedTemplates } from "@/lib/zaps/templates/localized-templates";
import { zapTemplates } from "@/lib/zaps/templates/zap-templates";

describe("the catalog as the browser gets it", () => {
  it("is in Portuguese for pt-BR, with the same keys, values and samples", async () => {
    const english = builderCatalog();
    const portuguese = builderCatalog({ apps: await localizedApps({ locale: "pt-BR" }) });
    const trigger = portuguese.triggers.find((candidate) => candidate.key === "payment_failed");
    expect(trigger).toMatchObject({ appName: "Stripe", name: "Pagamento falhou" });
    expect(trigger?.options.find((option) => option.name === "mode")).toMatchObject({
      label: "Modo de produção ou de teste",
      options: [
        { value: "any", label: "Produção e teste" },
        { value: "live", label: "Só produção" },
        { value: "test", label: "Só teste" },
      ],
    });
    const step = portuguese.stepTypes.find((candidate) => candidate.key === "track_event");
    expect(step).toMatchObject({ appName: "Customer.io", kind: "action", name: "Rastrear evento" });
    expect(step?.inputs.find((input) => input.name === "name")?.label).toBe("Nome do evento");
    const customerio = portuguese.connectForms.find((form) => form.app === "customerio");
    expect(customerio?.fields.find((field) => field.name === "region")).toMatchObject({
      label: "Região",
      options: [{ value: "us", label: "EUA" }, { value: "eu" }],
    });
    expect(customerio?.intro).toContain("(https://fly.customer.io/settings/api_credentials)");

    const shape = (catalog: typeof english) =>
      JSON.stringify([
        catalog.triggers.map(({ app, key, eventTypes, options, outputFields, sample }) => [
          app,
          key,
          eventTypes,
          options.map((option) => option.name),
          outputFields.map((field) => [field.path, field.type, field.example]),
          sample,
        ]),
        catalog.stepTypes.map(({ app, key, kind, inputs, sampleOutput }) => [app, key, kind, inputs.map((input) => [input.name, input.kind]), sampleOutput]),
      ]);
    expect(shape(portuguese)).toBe(shape(english));
  });

  it("is the declarations' English for English", async () => {
    const apps = await localizedApps({ locale: "en" });
    expect(JSON.stringify(builderCatalog({ apps }))).toBe(JSON.stringify(builderCatalog()));
    expect(catalogOverview({ apps })).toEqual(catalogOverview());
  });

  it("names zaps' triggers and steps, templates and new zaps in the viewer's language", async () => {
    const apps = await localizedApps({ locale: "pt-BR" });
    const templates = await localizedTemplates({ locale: "pt-BR" });
    const template = templates.find((candidate) => candidate.key === "subscription-canceled");
    expect(template?.name).toBe("Assinatura cancelada → atualizar a pessoa e rastrear o cancelamento");
    expect(template?.definition).toBe(zapTemplates.find((candidate) => candidate.key === "subscription-canceled")?.definition);
    expect(describeZapFlow({ definition: template?.definition, apps })).toMatchObject({
      trigger: { app: "stripe", key: "subscription_canceled", name: "Assinatura cancelada" },
      steps: [{ name: "Criar ou atualizar pessoa" }, { name: "Rastrear evento" }],
    });
    expect(catalogOverview({ apps }).find((app) => app.key === "stripe")?.groups[0]?.entries[0]).toMatchObject({ key: "new_customer", name: "Novo cliente" });
    expect(starterDefinition({ template: "subscription-canceled" }, { apps, templates })).toMatchObject({ name: template?.name });
    expect(starterDefinition({ trigger: "new_customer", step: "customerio.track_event" }, { apps, templates })).toMatchObject({
      name: "Novo cliente → Rastrear evento",
    });
    expect(starterDefinition({ trigger: "new_customer", step: "customerio.track_event" })).toMatchObject({ name: "New customer → Track event" });
  });
});
