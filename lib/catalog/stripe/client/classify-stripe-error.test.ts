// Table tests over errors the real SDK throws when it talks to the stand-in.
import { createServer } from "node:net";
import type Stripe from "stripe";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { classifyStripeError, type StripeErrorClassification } from "@/lib/catalog/stripe/client/classify-stripe-error";
import { createStripeClient } from "@/lib/catalog/stripe/client/create-stripe-client";
import { StripeLookupInputError, StripeNotFoundError } from "@/lib/catalog/stripe/client/stripe-lookup-errors";
import type { StripeFailNextOptions } from "@/demo/stand-ins/stripe-stand-in";
import { translator } from "@/lib/i18n/translator";
import { englishText, plainText, said, userMessageText } from "@/lib/i18n/user-message";
import { startStripeTestbed, TEST_KEYS, type StripeTestbed } from "@/demo/stand-ins/stripe-stand-in-testbed";

let testbed: StripeTestbed;
const NOW = Date.parse("2026-11-02T10:00:00Z");

beforeEach(async () => {
  testbed ??= await startStripeTestbed();
  testbed.standIn.reset();
  testbed.standIn.seed({ customers: [{ id: "cus_A" }] });
  testbed.standIn.seed({ livemode: true, customers: [{ id: "cus_live" }] });
});

afterAll(async () => {
  await testbed.standIn.close();
});

async function thrown(
  call: (stripe: Stripe) => Promise<unknown>,
  { key = TEST_KEYS.secret, fail }: { key?: string; fail?: StripeFailNextOptions } = {},
): Promise<unknown> {
  if (fail) testbed.standIn.failNext(fail);
  const error = await call(testbed.client(key, { timeoutMs: 200 })).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (error === undefined) throw new Error("The call succeeded; the case needs a failure.");
  return error;
}

const retrieveCustomer =
  (id = "cus_A") =>
  (stripe: Stripe) =>
    stripe.customers.retrieve(id);

const cases: [string, () => Promise<unknown>, Omit<Partial<StripeErrorClassification>, "message"> & { message: RegExp }][] = [
  [
    "500",
    () => thrown(retrieveCustomer(), { fail: { status: 500 } }),
    { kind: "transient", status: 500, message: /server error \(HTTP 500: An unknown error occurred\)/ },
  ],
  [
    "503 with Retry-After seconds",
    () => thrown(retrieveCustomer(), { fail: { status: 503, headers: { "retry-after": "3" } } }),
    { kind: "transient", retryAfterMs: 3000, message: /wait 3 s/ },
  ],
  [
    "429 with Retry-After as a date",
    () => thrown(retrieveCustomer(), { fail: { status: 429, headers: { "retry-after": "Mon, 02 Nov 2026 10:00:30 GMT" } } }),
    { kind: "transient", status: 429, code: "rate_limit", retryAfterMs: 30_000, message: /limiting the request rate \(HTTP 429: Request rate limit exceeded/ },
  ],
  [
    "408",
    () => thrown(retrieveCustomer(), { fail: { status: 408, body: { error: { type: "invalid_request_error", message: "Request timed out." } } } }),
    { kind: "transient", status: 408, message: /timed out/ },
  ],
  [
    "409 lock_timeout",
    () => thrown(retrieveCustomer(), { fail: { status: 409 } }),
    { kind: "transient", code: "lock_timeout", message: /busy with the same object/ },
  ],
  [
    "409 other conflict",
    () =>
      thrown(retrieveCustomer(), {
        fail: { status: 409, body: { error: { type: "invalid_request_error", code: "resource_already_exists", message: "Already exists." } } },
      }),
    { kind: "permanent", status: 409, message: /rejected the request \(HTTP 409: Already exists\.\)/ },
  ],
  ["502 error page", () => thrown(retrieveCustomer(), { fail: { status: 502, body: "<html>Bad gateway</html>" } }), { kind: "transient", message: /not JSON/ }],
  [
    "dropped connection",
    () => thrown(retrieveCustomer(), { fail: { drop: "before", times: 2 } }),
    { kind: "transient", message: /^Could not reach Stripe \(ECONNRESET/ },
  ],
  [
    "timeout",
    () => thrown(retrieveCustomer(), { fail: { hang: true } }),
    { kind: "transient", message: /did not answer in time \(Request aborted due to timeout being reached \(200ms\)\)/ },
  ],
  [
    "400 unknown parameter",
    () => thrown((stripe) => stripe.customers.list({ colour: "blue" } as Stripe.CustomerListParams)),
    { kind: "permanent", status: 400, code: "parameter_unknown", message: /Received unknown parameter: colour/ },
  ],
  [
    "401 invalid key",
    () => thrown(retrieveCustomer(), { key: "sk_test_wrong0000key9999" }),
    { kind: "permanent", status: 401, message: /Invalid API Key provided: sk_test_\*+9999\)\. Reconnect Stripe/ },
  ],
  [
    "401 expired key",
    () => thrown(retrieveCustomer(), { key: TEST_KEYS.revoked }),
    { kind: "permanent", status: 401, code: "api_key_expired", message: /Expired API Key/ },
  ],
  [
    "402",
    () =>
      thrown(retrieveCustomer(), { fail: { status: 402, body: { error: { type: "card_error", code: "card_declined", message: "Your card was declined." } } } }),
    { kind: "permanent", status: 402, code: "card_declined", message: /declined the request \(HTTP 402: Your card was declined\.\)/ },
  ],
  [
    "403 missing permission",
    () => thrown((stripe) => stripe.charges.list(), { key: TEST_KEYS.customersOnly }),
    { kind: "permanent", status: 403, permission: "rak_charge_read", message: /grant rak_charge_read/ },
  ],
  [
    "404",
    () => thrown(retrieveCustomer("cus_nope")),
    { kind: "permanent", status: 404, code: "resource_missing", message: /found nothing \(HTTP 404: No such customer: 'cus_nope'\)\.$/ },
  ],
  ["404 in the other mode", () => thrown(retrieveCustomer("cus_live")), { kind: "permanent", status: 404, message: /other mode \(test or live\)/ }],
];

// Each case's explanation for a pt-BR viewer, Stripe's own words left as Stripe wrote them.
const PORTUGUESE: Record<string, string> = {
  "500": "O Stripe teve um erro no servidor (HTTP 500: An unknown error occurred).",
  "503 with Retry-After seconds": "O Stripe teve um erro no servidor (HTTP 503: An unknown error occurred). O Stripe pediu para esperar 3 s.",
  "429 with Retry-After as a date":
    "O Stripe está limitando a taxa de requisições (HTTP 429: Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.). O Stripe pediu para esperar 30 s.",
  "408": "O Stripe excedeu o tempo limite (HTTP 408: Request timed out.).",
  "409 lock_timeout":
    "O Stripe estava ocupado com o mesmo objeto (HTTP 409: This object cannot be accessed right now because another API request or Stripe process is currently accessing it. If you see this error intermittently, retry the request.).",
  "409 other conflict": "O Stripe rejeitou a requisição (HTTP 409: Already exists.).",
  "502 error page": "O Stripe respondeu com algo que não é JSON (em geral, uma indisponibilidade ou a página de erro de um proxy).",
  "dropped connection": "O Conduit não conseguiu acessar o Stripe (ECONNRESET: socket hang up).",
  timeout: "O Stripe não respondeu a tempo (Request aborted due to timeout being reached (200ms)).",
  "400 unknown parameter": "O Stripe rejeitou a requisição (HTTP 400: Received unknown parameter: colour).",
  "401 invalid key":
    "O Stripe recusou a chave de API da conexão (HTTP 401: Invalid API Key provided: sk_test_************9999). Conecte o Stripe de novo com uma chave secreta ou restrita atual.",
  "401 expired key":
    "O Stripe recusou a chave de API da conexão (HTTP 401: Expired API Key provided: sk_test_*******************************0003). Conecte o Stripe de novo com uma chave secreta ou restrita atual.",
  "402": "O Stripe recusou a requisição (HTTP 402: Your card was declined.).",
  "403 missing permission":
    "O Stripe recusou: a chave da conexão não tem uma permissão necessária (HTTP 403: The provided key 'rk_test_*******************************ted2' does not have the required permissions for this endpoint on account 'acct_1MoRdlLgUG5tbmjc'. Having the 'rak_charge_read' permission would allow this request to continue.). No Stripe, edite a chave restrita (Developers → API keys) para conceder rak_charge_read, ou use uma chave secreta.",
  "404": "O Stripe não encontrou nada (HTTP 404: No such customer: 'cus_nope').",
  "404 in the other mode":
    "O Stripe não encontrou nada (HTTP 404: No such customer: 'cus_live'; a similar object exists in live mode, but a test mode key was used to make this request.). O ID pertence ao outro modo (teste ou produção), não ao da chave da conexão.",
};

describe("classifyStripeError", () => {
  it.each(cases)("%s", async (_name, produce, expected) => {
    const classification = classifyStripeError({ error: await produce(), now: NOW });
    const { message, ...rest } = expected;
    expect(classification).toMatchObject(rest);
    expect(classification.message).toMatch(message);
    if (expected.retryAfterMs === undefined) expect(classification.retryAfterMs).toBeUndefined();
  });

  it.each(cases)("%s: says the same in Portuguese, its English being the message", async (name, produce) => {
    const classification = classifyStripeError({ error: await produce(), now: NOW });
    expect(englishText(classification.userMessage)).toBe(classification.message);
    expect(userMessageText({ message: classification.userMessage, t: await translator({ locale: "pt-BR" }) })).toBe(PORTUGUESE[name]);
  });

  it("classifies an unreachable Stripe as transient", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const stripe = createStripeClient({ secretKey: TEST_KEYS.secret, apiBase: `http://127.0.0.1:${port}` });
    const error = await stripe.customers.retrieve("cus_A").catch((caught: unknown) => caught);
    expect(classifyStripeError({ error })).toEqual({
      kind: "transient",
      message: expect.stringMatching(/^Could not reach Stripe \(ECONNREFUSED/),
      userMessage: { key: "runErrors.stripe.unreachableBecause", values: { reason: expect.stringMatching(/^ECONNREFUSED/) } },
    });
  });

  it("marks a lookup's not-found stop, and never retries it", () => {
    const error = new StripeNotFoundError({
      resource: "customer",
      reference: "ada@example.com",
      message: plainText("No Stripe customer has the email ada@example.com."),
    });
    expect(classifyStripeError({ error })).toEqual({
      kind: "permanent",
      code: "resource_missing",
      stop: true,
      message: "No Stripe customer has the email ada@example.com.",
      userMessage: { text: "No Stripe customer has the email ada@example.com." },
    });
  });

  it("classifies input errors and anything else as permanent", () => {
    expect(classifyStripeError({ error: new StripeLookupInputError(plainText("Needs a customer ID.")) })).toEqual({
      kind: "permanent",
      message: "Needs a customer ID.",
      userMessage: { text: "Needs a customer ID." },
    });
    expect(classifyStripeError({ error: new TypeError("x is undefined") })).toEqual({
      kind: "permanent",
      message: "Calling Stripe failed: x is undefined",
      userMessage: { key: "runErrors.stripe.callFailed", values: { reason: "x is undefined" } },
    });
  });

  it("says a lookup's not-found and input errors in Portuguese, with the resource and the field named in it", async () => {
    const t = await translator({ locale: "pt-BR" });
    const inPortuguese = (error: unknown) => {
      const { message, userMessage } = classifyStripeError({ error });
      expect(englishText(userMessage)).toBe(message);
      return userMessageText({ message: userMessage, t });
    };
    const notFound = (message: Parameters<typeof said>[1]) =>
      new StripeNotFoundError({ resource: "payment intent", reference: "pi_X", message: said("runErrors.stripe.nothingFound", message) });
    expect(inPortuguese(notFound({ resource: "paymentIntent", by: "id", reference: "pi_X" }))).toBe(
      "Nenhuma intenção de pagamento do Stripe tem o ID pi_X; a etapa está configurada para parar a execução.",
    );
    expect(inPortuguese(notFound({ resource: "customer", by: "email", reference: "ada@example.com" }))).toBe(
      "Nenhum cliente do Stripe tem o e-mail ada@example.com; a etapa está configurada para parar a execução.",
    );
    const otherMode = new StripeNotFoundError({
      resource: "invoice",
      reference: "in_X",
      message: said("runErrors.stripe.nothingFoundOtherMode", { resource: "invoice", reference: "in_X" }),
    });
    expect(otherMode.message).toBe(
      "No Stripe invoice has the ID in_X (it exists in the other mode, test or live, than the connection's key); the step is set to stop the run.",
    );
    expect(inPortuguese(otherMode)).toBe(
      "Nenhuma fatura do Stripe tem o ID in_X (esse ID existe no outro modo, teste ou produção, e não no da chave da conexão); a etapa está configurada para parar a execução.",
    );
    expect(inPortuguese(new StripeLookupInputError(said("runErrors.stripe.notCustomerReference", { value: "Ada" })))).toBe(
      "“Ada” não é um ID de cliente do Stripe (cus_…) nem um endereço de e-mail. Confira o que está mapeado em “ID ou e-mail do cliente”.",
    );
    expect(inPortuguese(new TypeError("x is undefined"))).toBe("A chamada ao Stripe falhou: x is undefined");
  });
});
