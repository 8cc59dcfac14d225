// The JSON route the import page polls: session-checked, scoped to the signed-in user, and a failed
// import's error in the request's language (from its stored message; the English when it has none).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { englishText, said } from "@/lib/i18n/user-message";
import { createOwnedRecords } from "@/test/create-owned-records";

const session = vi.hoisted(() => ({ user: null as { id: string } | null, locale: "en" as "en" | "pt-BR" }));
vi.mock("@/lib/auth/current-user", () => ({ currentUser: async () => session.user }));
vi.mock("@/lib/i18n/request-locale", () => ({ requestLocale: async () => session.locale }));

const { GET } = await import("@/app/api/imports/[id]/route");

const alice = await createOwnedRecords({ label: "alice-import" });
const bob = await createOwnedRecords({ label: "bob-import" });

const failure = said("imports.errors.listFailed", {
  reason: said("runErrors.stripe.transient", {
    what: "serverError",
    http: said("runErrors.stripe.httpSaying", { status: 500, stripeMessage: "An unknown error occurred" }),
  }),
});
const failed = await db.stripeEventImport.create({
  data: {
    zapId: alice.zap.id,
    rangeStart: new Date(Date.now() - 86_400_000),
    rangeEnd: new Date(),
    status: "failed",
    error: englishText(failure),
    errorMessage: failure,
    finishedAt: new Date(),
  },
});
// Written before imports kept their message: shown as it is, in English.
const older = await db.stripeEventImport.create({
  data: { zapId: alice.zap.id, rangeStart: new Date(Date.now() - 86_400_000), rangeEnd: new Date(), status: "failed", error: "An older failure." },
});

const one = (id: string) => GET(new Request(`http://conduit.test/api/imports/${id}`), { params: Promise.resolve({ id }) });

beforeEach(() => {
  session.user = null;
  session.locale = "en";
});

describe("GET /api/imports/[id]", () => {
  it("answers 401 when signed out, and 404 to anyone but the owner", async () => {
    expect((await one(failed.id)).status).toBe(401);
    session.user = { id: bob.user.id };
    expect((await one(failed.id)).status).toBe(404);
    expect((await one("not-an-id")).status).toBe(404);
  });

  it("gives a failed import's error in the request's language", async () => {
    session.user = { id: alice.user.id };
    const english = await one(failed.id);
    expect(english.status).toBe(200);
    expect(await english.json()).toMatchObject({
      id: failed.id,
      status: "failed",
      error:
        "Stripe could not list the events: Stripe had a server error (HTTP 500: An unknown error occurred). Nothing more was imported; start the import again to go on (events already run are skipped).",
    });

    session.locale = "pt-BR";
    expect(await (await one(failed.id)).json()).toMatchObject({
      error:
        "O Stripe não conseguiu listar os eventos: O Stripe teve um erro no servidor (HTTP 500: An unknown error occurred). Nada mais foi importado; inicie a importação de novo para continuar (os eventos já executados são ignorados).",
    });
    expect(await (await one(older.id)).json()).toMatchObject({ error: "An older failure." });
  });
});
