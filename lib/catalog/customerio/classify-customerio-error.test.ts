import { CustomerIORequestError, MissingParamError } from "customerio-node";
import { describe, expect, it } from "vitest";
import { classifyCustomerioError } from "@/lib/catalog/customerio/classify-customerio-error";
import { CustomerioCallError, CustomerioInputError, CustomerioPartialFailureError } from "@/lib/catalog/customerio/customerio-errors";
import { translator } from "@/lib/i18n/translator";
import { englishText, said, userMessageText } from "@/lib/i18n/user-message";

const NOW = Date.parse("2026-01-01T00:00:00Z");

/** The error the SDK throws for a non-2xx answer, built the way its request layer builds it. */
function answered(status: number, { body = "", headers = {} }: { body?: string; headers?: Record<string, string> } = {}) {
  const json = body === "" ? {} : (JSON.parse(body) as Record<string, unknown>);
  return new CustomerIORequestError(json, status, { statusCode: status, headers, ok: false }, body);
}

const track = (cause: unknown) => new CustomerioCallError({ api: "track", operation: "Track event", cause });
const app = (cause: unknown) => new CustomerioCallError({ api: "app", operation: "Send transactional email", cause });
const fetchFailed = (code: string, message: string) => new TypeError("fetch failed", { cause: Object.assign(new Error(message), { code }) });

const CASES = [
  {
    name: "400 with Track's meta.errors",
    error: track(answered(400, { body: '{"meta":{"errors":["name: longer than 100 bytes","id: must be a ULID"]}}' })),
    expected: {
      kind: "permanent",
      status: 400,
      message: "Customer.io rejected the request (HTTP 400: name: longer than 100 bytes; id: must be a ULID).",
      body: { meta: { errors: ["name: longer than 100 bytes", "id: must be a ULID"] } },
    },
  },
  {
    name: "400 with the App API's meta.error",
    error: app(answered(400, { body: '{"meta":{"error":"to is required"}}' })),
    expected: {
      kind: "permanent",
      status: 400,
      message: "Customer.io rejected the request (HTTP 400: to is required).",
      body: { meta: { error: "to is required" } },
    },
  },
  {
    name: "400 with a v2 errors list (the SDK says Unknown error)",
    error: track(answered(400, { body: '{"errors":[{"reason":"required","field":"identifiers","message":"identifiers is required"}]}' })),
    expected: { kind: "permanent", status: 400, message: "Customer.io rejected the request (HTTP 400: identifiers: required: identifiers is required)." },
  },
  {
    name: "422 without a body",
    error: track(answered(422)),
    expected: { kind: "permanent", status: 422, message: "Customer.io rejected the request (HTTP 422: no reason given)." },
  },
  {
    name: "401 on the Track API",
    error: track(answered(401)),
    expected: {
      kind: "permanent",
      status: 401,
      message: "Customer.io refused the credentials (HTTP 401). Check the Track API key and site ID / region of the Customer.io connection.",
    },
  },
  {
    name: "401 on the App API",
    error: app(answered(401, { body: '{"meta":{"error":"Unauthorized request"}}' })),
    expected: {
      kind: "permanent",
      status: 401,
      message: "Customer.io refused the credentials (HTTP 401: Unauthorized request). Check the App API key and region of the Customer.io connection.",
    },
  },
  {
    name: "403 from a bare SDK error",
    error: answered(403),
    expected: { kind: "permanent", status: 403, message: expect.stringContaining("Check the Track API key and site ID / region") },
  },
  {
    name: "404",
    error: track(answered(404, { body: '{"meta":{"error":"Not Found"}}' })),
    expected: {
      kind: "permanent",
      status: 404,
      message: "Customer.io found nothing at this address (HTTP 404: Not Found). Check the IDs in this step and the connection's region.",
    },
  },
  {
    name: "408",
    error: track(answered(408)),
    expected: { kind: "transient", status: 408, message: "Customer.io timed out reading the request (HTTP 408)." },
  },
  {
    name: "429 with Retry-After in seconds",
    error: track(answered(429, { headers: { "retry-after": "5" } })),
    expected: {
      kind: "transient",
      status: 429,
      retryAfterMs: 5000,
      message: "Customer.io is limiting the request rate (HTTP 429). Customer.io asked to wait 5 s.",
    },
  },
  {
    name: "429 with Retry-After as an HTTP date",
    error: track(answered(429, { headers: { "retry-after": new Date(NOW + 90_000).toUTCString() } })),
    expected: { kind: "transient", status: 429, retryAfterMs: 90_000 },
  },
  {
    name: "429 with a Retry-After date in the past",
    error: track(answered(429, { headers: { "retry-after": new Date(NOW - 5_000).toUTCString() } })),
    expected: { kind: "transient", status: 429, retryAfterMs: 0 },
  },
  {
    name: "429 with an unreadable Retry-After",
    error: track(answered(429, { headers: { "retry-after": "soon" } })),
    expected: { kind: "transient", status: 429, message: "Customer.io is limiting the request rate (HTTP 429)." },
  },
  // A 500, 502 or 504 may come after Customer.io accepted the request: only an idempotent step retries it.
  {
    name: "500 without a body",
    error: track(answered(500)),
    expected: { kind: "unknown", status: 500, message: "Customer.io had a server error (HTTP 500). It may or may not have received the request." },
  },
  {
    name: "502 from a gateway",
    error: app(answered(502)),
    expected: { kind: "unknown", status: 502 },
  },
  {
    name: "504 from a gateway",
    error: app(answered(504)),
    expected: { kind: "unknown", status: 504 },
  },
  {
    name: "408",
    error: track(answered(408)),
    expected: { kind: "transient", status: 408, message: "Customer.io timed out reading the request (HTTP 408)." },
  },
  {
    name: "503 with a message and Retry-After",
    error: track(answered(503, { body: '{"meta":{"error":"maintenance"}}', headers: { "retry-after": "30" } })),
    expected: {
      kind: "transient",
      status: 503,
      retryAfterMs: 30_000,
      message: "Customer.io had a server error (HTTP 503: maintenance). Customer.io asked to wait 30 s.",
    },
  },
  {
    name: "a dropped connection",
    error: track(fetchFailed("UND_ERR_SOCKET", "other side closed")),
    expected: {
      kind: "unknown",
      message: "The connection to Customer.io broke before it answered (UND_ERR_SOCKET: other side closed); it may or may not have received the request.",
    },
  },
  {
    name: "a refused connection",
    error: track(fetchFailed("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:1")),
    expected: { kind: "transient", message: "Could not reach Customer.io (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1)." },
  },
  {
    name: "an unknown host",
    error: track(fetchFailed("ENOTFOUND", "getaddrinfo ENOTFOUND track.example")),
    expected: { kind: "transient", message: "Could not reach Customer.io (ENOTFOUND: getaddrinfo ENOTFOUND track.example)." },
  },
  {
    name: "a connection reset",
    error: track(fetchFailed("ECONNRESET", "read ECONNRESET")),
    expected: { kind: "unknown", message: expect.stringContaining("may or may not have received the request") },
  },
  {
    name: "a timeout",
    error: track(new DOMException("The operation was aborted due to timeout", "TimeoutError")),
    expected: { kind: "unknown", message: "Customer.io did not answer in time; it may or may not have received the request." },
  },
  {
    name: "a response that is not JSON",
    error: track(new Error("Unable to parse JSON. Error: SyntaxError \nBody:\n <html>502</html>")),
    expected: { kind: "unknown", message: expect.stringContaining("not JSON") },
  },
  {
    name: "a 207 partial failure",
    error: track(new CustomerioPartialFailureError({ messages: ["identifiers: required"], body: { errors: [{ field: "identifiers", reason: "required" }] } })),
    expected: {
      kind: "permanent",
      status: 207,
      message: "Customer.io accepted only part of the request: identifiers: required.",
      body: { errors: [{ field: "identifiers", reason: "required" }] },
    },
  },
  {
    name: "the SDK's synchronous MissingParamError",
    error: track(new MissingParamError("customerId")),
    expected: { kind: "permanent", message: "The person ID or email is empty, and Customer.io needs it. Check what this step's input is mapped to." },
  },
  {
    name: "an input Conduit cannot send",
    error: app(new CustomerioInputError("Add an App API key to the Customer.io connection to send transactional email.")),
    expected: { kind: "permanent", message: "Add an App API key to the Customer.io connection to send transactional email." },
  },
  {
    name: "a TypeError that is a bug, not the network",
    error: track(new TypeError("Cannot read properties of undefined (reading 'x')")),
    expected: { kind: "permanent", message: "Calling Customer.io failed: Cannot read properties of undefined (reading 'x')" },
  },
  {
    name: "something that is not an Error",
    error: "boom",
    expected: { kind: "permanent", message: "Calling Customer.io failed: boom" },
  },
];

describe("classifyCustomerioError", () => {
  it.each(CASES)("$name", ({ error, expected }) => {
    const result = classifyCustomerioError({ error, now: NOW });
    expect(result).toMatchObject(expected);
    if (result.kind === "permanent") expect(result.retryAfterMs).toBeUndefined();
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("keeps a body that is not JSON as text", () => {
    const error = new CustomerIORequestError(null, 502, { statusCode: 502, headers: {}, ok: false }, "Bad gateway");
    expect(classifyCustomerioError({ error })).toMatchObject({
      kind: "unknown",
      status: 502,
      body: "Bad gateway",
      message: "Customer.io had a server error (HTTP 502: Bad gateway). It may or may not have received the request.",
    });
  });

  it.each(CASES)("$name: the message key says the same English", ({ name, error }) => {
    const { message, userMessage } = classifyCustomerioError({ error, now: NOW });
    expect(englishText(userMessage)).toBe(message);
    // Only an input error built from English text (no key) has no key of its own.
    if (name !== "an input Conduit cannot send") expect(userMessage).toHaveProperty("key", expect.stringMatching(/^runErrors\.customerio\./));
  });

  it.each([
    {
      name: "401 on the Track API",
      error: track(answered(401)),
      text: "O Customer.io recusou as credenciais (HTTP 401). Confira a chave da Track API, o site ID e a região da conexão com o Customer.io.",
    },
    {
      name: "401 on the App API, with Customer.io's words kept as they are",
      error: app(answered(401, { body: '{"meta":{"error":"Unauthorized request"}}' })),
      text: "O Customer.io recusou as credenciais (HTTP 401: Unauthorized request). Confira a chave da App API e a região da conexão com o Customer.io.",
    },
    {
      name: "422 without a body",
      error: track(answered(422)),
      text: "O Customer.io rejeitou a requisição (HTTP 422: nenhum motivo informado).",
    },
    {
      name: "404",
      error: track(answered(404, { body: '{"meta":{"error":"Not Found"}}' })),
      text: "O Customer.io não encontrou nada neste endereço (HTTP 404: Not Found). Confira os IDs desta etapa e a região da conexão.",
    },
    {
      name: "429 with Retry-After",
      error: track(answered(429, { headers: { "retry-after": "5" } })),
      text: "O Customer.io está limitando a taxa de requisições (HTTP 429). O Customer.io pediu para esperar 5 s.",
    },
    {
      name: "408",
      error: track(answered(408)),
      text: "O Customer.io excedeu o tempo limite ao ler a requisição (HTTP 408).",
    },
    {
      name: "500",
      error: track(answered(500)),
      text: "O Customer.io teve um erro no servidor (HTTP 500). Ele pode ou não ter recebido a requisição.",
    },
    {
      name: "503 with a message and Retry-After",
      error: track(answered(503, { body: '{"meta":{"error":"maintenance"}}', headers: { "retry-after": "30" } })),
      text: "O Customer.io teve um erro no servidor (HTTP 503: maintenance). O Customer.io pediu para esperar 30 s.",
    },
    {
      name: "a timeout",
      error: track(new DOMException("The operation was aborted due to timeout", "TimeoutError")),
      text: "O Customer.io não respondeu a tempo; ele pode ou não ter recebido a requisição.",
    },
    {
      name: "a refused connection",
      error: track(fetchFailed("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:1")),
      text: "Não foi possível se conectar ao Customer.io (ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1).",
    },
    {
      name: "a dropped connection without a cause",
      error: track(new TypeError("fetch failed")),
      text: "A conexão com o Customer.io caiu antes da resposta (erro de rede); ele pode ou não ter recebido a requisição.",
    },
    {
      name: "a response that is not JSON",
      error: track(new Error("Unable to parse JSON. Error: SyntaxError")),
      text: "O Customer.io respondeu com algo que não é JSON (em geral, uma página de erro de indisponibilidade ou de proxy).",
    },
    {
      name: "a 207 partial failure",
      error: track(new CustomerioPartialFailureError({ messages: ["identifiers: required"], body: {} })),
      text: "O Customer.io aceitou só parte da requisição: identifiers: required.",
    },
    {
      name: "an empty list of people",
      error: track(new MissingParamError("customerIds")),
      text: "A lista de pessoas está em branco, e o Customer.io exige esse valor. Confira o que está mapeado na entrada desta etapa.",
    },
    {
      name: "a value the SDK needs that Conduit has no name for",
      error: track(new MissingParamError("email")),
      text: "email está em branco, e o Customer.io exige esse valor. Confira o que está mapeado na entrada desta etapa.",
    },
    {
      name: "no App API key",
      error: app(new CustomerioInputError(said("runErrors.customerio.needsAppApiKey"))),
      text: "Adicione uma chave da App API à conexão com o Customer.io para enviar e-mails transacionais.",
    },
    {
      name: "something that is not an Error",
      error: "boom",
      text: "A chamada ao Customer.io falhou: boom",
    },
  ])("says $name in Portuguese", async ({ error, text }) => {
    const { userMessage } = classifyCustomerioError({ error, now: NOW });
    expect(userMessageText({ message: userMessage, t: await translator({ locale: "pt-BR" }) })).toBe(text);
  });
});
