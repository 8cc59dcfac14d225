// Connect errors in the viewer's language: lib answers in English with codes beside, the action layer
// words them. Real PostgreSQL, the real SDKs, the Stripe and Customer.io stand-ins.
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { localizeConnectionResult } from "@/app/(dashboard)/connections/localize-connection-result";
import { db } from "@/lib/db";
import { createConnection } from "@/lib/connections/create-connection";
import { replaceStripeKey } from "@/lib/catalog/stripe/connection/replace-stripe-key";
import type { Locale } from "@/lib/i18n/locales";
import { startCustomerioStandIn } from "@/demo/stand-ins/customerio-stand-in";
import { startStripeStandIn } from "@/demo/stand-ins/stripe-stand-in";
import { CONDUIT_PERMISSIONS, startStripeTestbed, TEST_ACCOUNT, TEST_KEYS } from "@/demo/stand-ins/stripe-stand-in-testbed";

const request = vi.hoisted(() => ({ locale: "en" as Locale }));
vi.mock("@/lib/i18n/request-locale", () => ({ requestLocale: async () => request.locale }));

const WORKSPACE = { siteId: "5e1f0c1d2e4b5a6c7d8e", trackApiKey: "track0secret0key0a1b2c", environmentId: 12 };
const { standIn: stripe } = await startStripeTestbed();
const customerio = await startCustomerioStandIn({ region: "us", workspaces: [WORKSPACE] });

beforeEach(() => {
  stripe.reset();
  customerio.reset();
});
afterAll(async () => {
  await stripe.close();
  await customerio.close();
});

async function newUser() {
  return (await db.user.create({ data: { email: `localize-${randomUUID()}@example.com`, passwordHash: "not-used" } })).id;
}

function connectStripe(userId: string, secretKey: string) {
  return createConnection({ userId, app: "stripe", values: { secretKey }, vendor: { apiBase: stripe.url } });
}

function connectCustomerio(userId: string, trackApiKey: string) {
  return createConnection({
    userId,
    app: "customerio",
    values: { siteId: WORKSPACE.siteId, trackApiKey, region: "us" },
    vendor: { trackUrl: customerio.trackUrl, appUrl: customerio.appUrl },
  });
}

/** Each refusal the tests word, from the stand-ins; the Stripe account is connected once first so connecting it again is refused. */
async function refusals() {
  const userId = await newUser();
  expect(await connectStripe(userId, TEST_KEYS.secret)).toMatchObject({ ok: true });
  return {
    rejectedKey: await connectStripe(userId, TEST_KEYS.secret.replace("sk_test_51", "sk_test_99")),
    malformedKey: await connectStripe(userId, "pk_test_51AbCdEfGhIjKlMnOpQrStUv"),
    alreadyConnected: await connectStripe(userId, TEST_KEYS.restricted),
    rejectedCustomerioKey: await connectCustomerio(userId, "not0the0key000000000"),
  };
}

describe("localizeConnectionResult", () => {
  it("words connect errors in Portuguese for a pt-BR request, quoting Stripe's own message as Stripe wrote it", async () => {
    const { rejectedKey, malformedKey, alreadyConnected, rejectedCustomerioKey } = await refusals();
    request.locale = "pt-BR";
    try {
      expect(rejectedKey.ok).toBe(false);
      const stripeSays = rejectedKey.ok ? "" : (/Stripe says: "([^"]+)"/.exec(rejectedKey.fieldErrors.secretKey ?? "")?.[1] ?? "");
      expect(stripeSays).toMatch(/^Invalid API Key provided: sk_test_\*+/);
      expect(await localizeConnectionResult(rejectedKey)).toEqual({
        ok: false,
        fieldErrors: {
          secretKey: `O Stripe não reconhece esta chave. O Stripe diz: "${stripeSays}". Copie-a de novo em Developers → API keys: a chave inteira, do modo (teste ou produção) que você quer.`,
        },
      });
      expect(await localizeConnectionResult(malformedKey)).toEqual({
        ok: false,
        fieldErrors: {
          secretKey:
            "Esta é uma chave publicável (pk_…), que só funciona em navegadores. No Stripe, abra Developers → API keys e copie uma chave secreta (sk_…) ou uma chave restrita (rk_…).",
        },
      });
      expect(await localizeConnectionResult(alreadyConnected)).toEqual({
        ok: false,
        fieldErrors: {
          secretKey:
            "Esta conta do Stripe já está conectada no modo de teste como “Rocket Rides”. Para usar outra chave com ela, use Trocar chave nessa conexão.",
        },
      });
      expect(await localizeConnectionResult(rejectedCustomerioKey)).toEqual({
        ok: false,
        fieldErrors: {
          trackApiKey:
            "O Customer.io não aceitou este site ID e esta chave da Track API. Copie os dois de novo em Settings → Workspace Settings → API and webhook credentials → Tracking API keys, no Customer.io.",
        },
      });
    } finally {
      request.locale = "en";
    }
  });

  it("words Customer.io being unavailable in Portuguese, its failure included", async () => {
    const userId = await newUser();
    customerio.failNext({ status: 503, body: { meta: { error: "maintenance" } } });
    const unavailable = await connectCustomerio(userId, WORKSPACE.trackApiKey);
    request.locale = "pt-BR";
    try {
      const worded = await localizeConnectionResult(unavailable);
      expect(worded.ok ? "" : worded.formError).toContain("O Customer.io teve um erro no servidor (HTTP 503: maintenance).");
      expect(worded.ok ? "" : worded.formError).not.toContain("server error");
    } finally {
      request.locale = "en";
    }
  });

  it("gives an English request lib's English sentences unchanged, without the codes", async () => {
    for (const refusal of Object.values(await refusals())) {
      expect(refusal.ok).toBe(false);
      if (refusal.ok) continue;
      const { errorCodes, ...english } = refusal;
      expect(errorCodes).toBeDefined();
      expect(await localizeConnectionResult(refusal)).toEqual(english);
    }
  });

  it("words the connect form's field checks in Portuguese too", async () => {
    const invalid = await createConnection({
      userId: await newUser(),
      app: "customerio",
      values: { siteId: "5e1f 0c1d", trackApiKey: "", region: "mars", label: "x".repeat(81) },
    });
    expect(invalid).toMatchObject({
      ok: false,
      fieldErrors: { siteId: "This has spaces or characters a Customer.io site ID never has: copy the Customer.io site ID alone." },
    });
    request.locale = "pt-BR";
    try {
      expect(await localizeConnectionResult(invalid)).toEqual({
        ok: false,
        fieldErrors: {
          siteId: "Isto tem espaços ou caracteres que um site ID do Customer.io nunca tem: copie só o site ID.",
          trackApiKey: "Informe a chave da Track API.",
          region: "Escolha a região da sua conta do Customer.io: US ou EU.",
          label: "Use no máximo 80 caracteres.",
        },
      });
    } finally {
      request.locale = "en";
    }
  });

  it("words a replaced key of the other mode in Portuguese, and keeps the English sentence for English", async () => {
    const userId = await newUser();
    const created = await connectStripe(userId, TEST_KEYS.secret);
    if (!created.ok) throw new Error("the test account did not connect");
    const wrongMode = await replaceStripeKey({ userId, input: { connectionId: created.connectionId, secretKey: TEST_KEYS.live }, apiBase: stripe.url });
    const english = "This is a live key, and this connection is in test mode. Paste a test key, or connect the other mode as a new connection.";
    expect(await localizeConnectionResult(wrongMode)).toEqual({ ok: false, fieldErrors: { secretKey: english } });
    request.locale = "pt-BR";
    try {
      expect(await localizeConnectionResult(wrongMode)).toEqual({
        ok: false,
        fieldErrors: {
          secretKey:
            "Esta é uma chave de produção, e esta conexão está no modo de teste. Cole uma chave de teste, ou conecte o outro modo como uma nova conexão.",
        },
      });
    } finally {
      request.locale = "en";
    }
  });

  it("adds that nothing was saved to a form error, in the request's language", async () => {
    const failure = {
      ok: false as const,
      fieldErrors: {},
      formError: 'Stripe could not check the key right now (HTTP 503). Stripe says: "maintenance". Try again in a minute. Nothing was saved.',
      errorCodes: {
        formError: {
          code: "stripe.unavailable" as const,
          values: { action: "checkKey" as const, status: 503, stripeMessage: "maintenance" },
          note: "nothingSaved" as const,
        },
      },
    };
    expect(await localizeConnectionResult(failure)).toEqual({ ok: false, fieldErrors: {}, formError: failure.formError });
    request.locale = "pt-BR";
    try {
      expect(await localizeConnectionResult(failure)).toEqual({
        ok: false,
        fieldErrors: {},
        formError: 'O Stripe não conseguiu verificar a chave agora (HTTP 503). O Stripe diz: "maintenance". Tente de novo daqui a um minuto. Nada foi salvo.',
      });
    } finally {
      request.locale = "en";
    }
  });

  it("words the warning of a connection made with a key that may not manage webhooks, and of a key replaced with one", async () => {
    const readOnlyKey = "rk_test_51ReadOnlyConduitRestrictedKey0005";
    const readOnly = await startStripeStandIn({
      accounts: [
        { ...TEST_ACCOUNT, keys: [{ secret: readOnlyKey, permissions: CONDUIT_PERMISSIONS.filter((permission) => permission !== "rak_webhook_write") }] },
      ],
    });
    try {
      const userId = await newUser();
      const connected = await createConnection({
        userId,
        app: "stripe",
        values: { secretKey: readOnlyKey },
        appUrl: "https://conduit.example.com",
        vendor: { apiBase: readOnly.url },
      });
      expect(connected).toMatchObject({ ok: true, warning: expect.stringContaining("add the endpoint in Stripe yourself") });
      const english = await localizeConnectionResult(connected);
      expect(english).toMatchObject({ ok: true, warning: connected.ok ? connected.warning : "" });
      expect(english).not.toHaveProperty("errorCodes");
      request.locale = "pt-BR";
      try {
        const portuguese = await localizeConnectionResult(connected);
        expect(portuguese.ok && portuguese.warning).toMatch(/Webhook Endpoints.*Até lá, adicione o endpoint no Stripe você mesmo, como mostrado aqui\.$/);
        expect(portuguese.ok && portuguese.warning).not.toMatch(/Until then|lacks/);

        const replaced = await replaceStripeKey({
          userId,
          input: { connectionId: connected.ok ? connected.connectionId : "", secretKey: readOnlyKey },
          appUrl: "https://conduit.example.com",
          apiBase: readOnly.url,
        });
        expect(replaced).toMatchObject({ ok: true, warning: expect.stringMatching(/^The new key was saved\. /) });
        expect((await localizeConnectionResult(replaced)).ok && (await localizeConnectionResult(replaced))).toMatchObject({
          warning: expect.stringMatching(/^A nova chave foi salva\. .*Webhook Endpoints/),
        });
      } finally {
        request.locale = "en";
      }
    } finally {
      await readOnly.close();
    }
  });
});
