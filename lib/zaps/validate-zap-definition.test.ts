import { describe, expect, it } from "vitest";
import { localizedApps } from "@/lib/catalog/localized-apps";
import { translator } from "@/lib/i18n/translator";
import { validateZapDefinition } from "@/lib/zaps/validate-zap-definition";
import type { ZapDefinition } from "@/lib/zaps/schema";

const STRIPE = { id: "00000000-0000-7000-8000-000000000001", app: "stripe", status: "ACTIVE", label: "Loja" };
const CIO = { id: "00000000-0000-7000-8000-000000000002", app: "customerio", status: "REVOKED", label: "Workspace" };
const trigger = { app: "stripe", key: "subscription_canceled", connectionId: STRIPE.id, options: {} };
const person = { id: "person", app: "customerio", key: "identify_person", connectionId: CIO.id, inputs: { personId: "" } };

describe("the problems that keep a zap from being published", () => {
  it("are worded in the viewer's language, with the catalog's labels in it", async () => {
    const definition: ZapDefinition = { trigger, filter: null, steps: [person] };
    const inPortuguese = validateZapDefinition({
      definition,
      connections: [STRIPE, CIO],
      t: await translator({ locale: "pt-BR" }),
      apps: await localizedApps({ locale: "pt-BR" }),
    });
    expect(inPortuguese).toEqual([
      { where: "person", message: "A conexão “Workspace” não está funcionando: corrija-a na página Conexões." },
      { where: "person", message: "O campo ID ou e-mail da pessoa é obrigatório: digite um valor ou escolha um campo." },
    ]);
    const inEnglish = validateZapDefinition({ definition, connections: [STRIPE, CIO], t: await translator({ locale: "en" }) });
    expect(inEnglish).toEqual([
      { where: "person", message: 'The connection "Workspace" is not working: fix it on the Connections page.' },
      { where: "person", message: "Person ID or email is required: type a value or pick a field." },
    ]);
  });

  it("asks for a trigger and an action in either language", async () => {
    const empty: ZapDefinition = { trigger: null, filter: null, steps: [] };
    expect(validateZapDefinition({ definition: empty, connections: [], t: await translator({ locale: "pt-BR" }) }).map((problem) => problem.message)).toEqual([
      "Escolha o evento do Stripe que inicia este zap.",
      "Adicione pelo menos uma ação.",
    ]);
    expect(validateZapDefinition({ definition: empty, connections: [], t: await translator({ locale: "en" }) }).map((problem) => problem.message)).toEqual([
      "Choose the Stripe event that starts this zap.",
      "Add at least one action.",
    ]);
  });
});
