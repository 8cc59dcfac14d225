// "Forgot password" end to end in lib/: the emailed link (through a real SMTP server), its
// lifecycle (30 minutes, once, only the newest), the password policy, the sessions it ends, and the
// limits, with the same answer whether or not the account exists.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reloadWithEnv } from "@/test/reload-with-env";
import { startSmtpServer, type SmtpTestServer } from "@/test/start-smtp-server";
import en from "@/messages/en.json";
import ptBR from "@/messages/pt-BR.json";

const PASSWORD = "orbit-canyon-lantern-42";
const NEW_PASSWORD = "harbor-meadow-violin-77";
let smtp: SmtpTestServer;
// Loaded once the environment names the SMTP server (lib/env.ts reads it once).
let lib: {
  db: typeof import("@/lib/db").db;
  redis: typeof import("@/lib/redis");
  createUser: typeof import("@/lib/auth/create-user").createUser;
  createSession: typeof import("@/lib/auth/create-session").createSession;
  findSessionUser: typeof import("@/lib/auth/find-session-user").findSessionUser;
  authenticateWithPassword: typeof import("@/lib/auth/authenticate-with-password").authenticateWithPassword;
  issuePasswordReset: typeof import("@/lib/auth/password-reset/issue-password-reset").issuePasswordReset;
  requestPasswordReset: typeof import("@/lib/auth/password-reset/request-password-reset").requestPasswordReset;
  resetPasswordWithToken: typeof import("@/lib/auth/password-reset/reset-password-with-token").resetPasswordWithToken;
  passwordResetLinkValid: typeof import("@/lib/auth/password-reset/password-reset-link-valid").passwordResetLinkValid;
  RESET_REQUESTED: string;
  RESET_LINK_INVALID: string;
};

beforeAll(async () => {
  smtp = await startSmtpServer();
  reloadWithEnv({ SMTP_URL: smtp.url, MAIL_FROM: "Conduit <accounts@conduit.test>", APP_URL: "https://conduit.test/app" });
  const request = await import("@/lib/auth/password-reset/request-password-reset");
  const reset = await import("@/lib/auth/password-reset/reset-password-with-token");
  lib = {
    db: (await import("@/lib/db")).db,
    redis: await import("@/lib/redis"),
    createUser: (await import("@/lib/auth/create-user")).createUser,
    createSession: (await import("@/lib/auth/create-session")).createSession,
    findSessionUser: (await import("@/lib/auth/find-session-user")).findSessionUser,
    authenticateWithPassword: (await import("@/lib/auth/authenticate-with-password")).authenticateWithPassword,
    issuePasswordReset: (await import("@/lib/auth/password-reset/issue-password-reset")).issuePasswordReset,
    requestPasswordReset: request.requestPasswordReset,
    resetPasswordWithToken: reset.resetPasswordWithToken,
    passwordResetLinkValid: (await import("@/lib/auth/password-reset/password-reset-link-valid")).passwordResetLinkValid,
    RESET_REQUESTED: en.auth.forgotPassword.requested,
    RESET_LINK_INVALID: en.auth.resetPassword.linkInvalid,
  };
});

afterAll(async () => {
  await lib?.redis.redis().quit();
  await lib?.db.$disconnect();
  await smtp?.close();
});

const address = () => `2001:db8:7:${randomBytes(2).toString("hex")}::${randomBytes(2).toString("hex")}`;
const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";

async function newUser(): Promise<{ id: string; email: string }> {
  const email = `reset-${randomUUID()}@example.com`;
  const result = await lib.createUser({ input: { email, password: PASSWORD } });
  if (!result.ok) throw new Error("could not create the test user");
  return result.user;
}

const reset = (token: string, password = NEW_PASSWORD) => lib.resetPasswordWithToken({ token, newPassword: password, confirmPassword: password });
const signsIn = (email: string, password: string) =>
  lib.authenticateWithPassword({ email, password, address: address() }).then(
    () => true,
    () => false,
  );

describe("asking for a reset link", () => {
  it("emails a link under APP_URL to an account, and answers an unknown email exactly alike", async () => {
    const user = await newUser();
    const nobody = `nobody-${randomUUID()}@example.com`;
    const unknownAnswer = await lib.requestPasswordReset({ email: nobody, address: address() });
    const knownAnswer = await lib.requestPasswordReset({ email: ` ${user.email.toUpperCase()} `, address: address() });
    expect(knownAnswer).toEqual({ ok: true, message: lib.RESET_REQUESTED });
    expect(unknownAnswer).toEqual(knownAnswer);

    await expect.poll(() => smtp.received.filter((mail) => mail.to.includes(user.email)).length).toBe(1);
    const mail = smtp.received.find((candidate) => candidate.to.includes(user.email));
    expect(mail?.subject).toBe("Conduit: choose a new password");
    const link = /https:\/\/conduit\.test\/app\/reset-password\?token=[A-Za-z0-9_-]{43}/.exec(mail?.text ?? "")?.[0] ?? "";
    expect(link).not.toBe("");
    expect(await lib.passwordResetLinkValid({ token: tokenOf(link) })).toBe(true);
    expect(smtp.received.some((candidate) => candidate.to.includes(nobody))).toBe(false);
  });

  it("answers in the page's language, and emails in the account's chosen language, else the page's", async () => {
    const chosePortuguese = await newUser();
    await lib.db.user.update({ where: { id: chosePortuguese.id }, data: { locale: "pt-BR" } });
    const choseNothing = await newUser();
    const answer = await lib.requestPasswordReset({ email: chosePortuguese.email, address: address(), locale: "en" });
    expect(answer).toEqual({ ok: true, message: lib.RESET_REQUESTED });
    expect(await lib.requestPasswordReset({ email: choseNothing.email, address: address(), locale: "pt-BR" })).toEqual({
      ok: true,
      message: ptBR.auth.forgotPassword.requested,
    });

    for (const user of [chosePortuguese, choseNothing]) {
      await expect.poll(() => smtp.received.filter((mail) => mail.to.includes(user.email)).length).toBe(1);
      const mail = smtp.received.find((candidate) => candidate.to.includes(user.email));
      expect(mail?.subject).toBe("Conduit: escolha uma nova senha");
      expect(mail?.text).toContain("Escolha uma nova senha aqui (o link funciona uma vez, por 30 minutos):\nhttps://conduit.test/app/reset-password?token=");
    }
  });

  it("stores only a hash of the token", async () => {
    const user = await newUser();
    const { link } = await lib.issuePasswordReset({ userId: user.id });
    const rows = await lib.db.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).not.toContain(tokenOf(link));
    expect(JSON.stringify(rows)).not.toContain(tokenOf(link));
  });
});

describe("a reset link", () => {
  it("sets the new password once, and signs out every session of the user", async () => {
    const user = await newUser();
    const sessions = await Promise.all([lib.createSession({ userId: user.id }), lib.createSession({ userId: user.id })]);
    const { link } = await lib.issuePasswordReset({ userId: user.id });

    expect(await reset(tokenOf(link))).toEqual({ ok: true, email: user.email, signedOutSessions: 2 });
    for (const session of sessions) expect(await lib.findSessionUser({ sessionId: session.id })).toBeNull();
    expect(await signsIn(user.email, NEW_PASSWORD)).toBe(true);
    expect(await signsIn(user.email, PASSWORD)).toBe(false);

    expect(await reset(tokenOf(link), "another-fresh-password-3")).toEqual({ ok: false, linkInvalid: true, message: lib.RESET_LINK_INVALID });
    expect(await lib.passwordResetLinkValid({ token: tokenOf(link) })).toBe(false);
    expect(await signsIn(user.email, NEW_PASSWORD)).toBe(true);
  });

  it("works once even when used twice at the same moment", async () => {
    const user = await newUser();
    const { link } = await lib.issuePasswordReset({ userId: user.id });
    const results = await Promise.all([reset(tokenOf(link)), reset(tokenOf(link))]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it("expires after 30 minutes", async () => {
    const user = await newUser();
    const before = Date.now();
    const { link, expiresAt } = await lib.issuePasswordReset({ userId: user.id });
    expect(expiresAt.getTime() - before).toBeGreaterThanOrEqual(30 * 60_000 - 1000);
    expect(expiresAt.getTime() - before).toBeLessThanOrEqual(30 * 60_000 + 1000);
    await lib.db.passwordResetToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await lib.passwordResetLinkValid({ token: tokenOf(link) })).toBe(false);
    expect(await reset(tokenOf(link))).toMatchObject({ ok: false, linkInvalid: true });
    expect(await signsIn(user.email, PASSWORD)).toBe(true);
  });

  it("stops working when a newer link is asked for", async () => {
    const user = await newUser();
    const older = await lib.issuePasswordReset({ userId: user.id });
    const newer = await lib.issuePasswordReset({ userId: user.id });
    expect(await reset(tokenOf(older.link))).toMatchObject({ ok: false, linkInvalid: true });
    expect(await reset(tokenOf(newer.link))).toMatchObject({ ok: true });
  });

  it("keeps to the sign-up password policy, and stays usable after a refused password", async () => {
    const user = await newUser();
    const { link } = await lib.issuePasswordReset({ userId: user.id });
    expect(await reset(tokenOf(link), "password123")).toEqual({
      ok: false,
      linkInvalid: false,
      fieldErrors: { newPassword: "This password is too common and easy to guess. Choose a less predictable one." },
    });
    expect(await lib.resetPasswordWithToken({ token: tokenOf(link), newPassword: NEW_PASSWORD, confirmPassword: "different-password-1" })).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: expect.stringMatching(/differ/) },
    });
    expect(await reset(tokenOf(link))).toMatchObject({ ok: true });
  });

  it.each(["", "x", randomBytes(32).toString("base64url"), "a".repeat(500)])("%j is no valid link", async (token) => {
    expect(await lib.passwordResetLinkValid({ token })).toBe(false);
    expect(await reset(token)).toMatchObject({ ok: false, linkInvalid: true });
  });
});

describe("reset request limits", () => {
  it("allow a few emails per account per hour, and answer an unknown email the same way", async () => {
    const user = await newUser();
    for (const email of [user.email, `nobody-${randomUUID()}@example.com`]) {
      const answers = [];
      for (let index = 0; index < 5; index += 1) answers.push(await lib.requestPasswordReset({ email, address: address() }));
      expect(answers.slice(0, 4).every((answer) => answer.ok)).toBe(true);
      expect(answers[4]).toEqual({ ok: false, message: expect.stringMatching(/^Too many reset requests\. Try again in /) });
    }
    await expect.poll(() => smtp.received.filter((mail) => mail.to.includes(user.email)).length).toBe(4);
  });

  it("allow 20 requests per address, whatever the emails", async () => {
    const from = address();
    const answers = [];
    for (let index = 0; index < 22; index += 1) answers.push(await lib.requestPasswordReset({ email: `nobody-${randomUUID()}@example.com`, address: from }));
    expect(answers.slice(0, 21).every((answer) => answer.ok)).toBe(true);
    expect(answers[21]?.ok).toBe(false);
  });
});
