// Web hardening through the built app: CSRF refusals (route handlers, server actions, next-auth),
// the CSP with a per-request nonce and the other security headers, and the session cookie's flags.
// In English and in Brazilian Portuguese (the browser's locale, and Accept-Language for requests made
// outside the browser): the pages of each language are built and served under the same rules.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail } from "./fixtures/accounts";
import pg from "pg";

const EVIL = "https://evil.example";

type Locale = "en" | "pt-BR";

/** What the spec finds the pages by, in each language. */
const WORDS = {
  en: {
    email: "Email",
    password: "Password",
    signIn: "Sign in",
    signOutOthers: "Sign out everywhere else",
    headings: { runs: "Runs", connections: "Connections", templates: "Templates", apps: "Apps", account: "Account", zaps: "Zaps" },
    mainNav: "Main",
    accountMenu: "Account",
    accountSettings: "Account settings",
    sessions: "Signed-in sessions",
    curlSession: "curl from 127.0.0.1",
  },
  "pt-BR": {
    email: "E-mail",
    password: "Senha",
    signIn: "Entrar",
    signOutOthers: "Desconectar de todos os outros lugares",
    headings: { runs: "Execuções", connections: "Integrações", templates: "Modelos", apps: "Apps", account: "Conta", zaps: "Zaps" },
    mainNav: "Principal",
    accountMenu: "Conta",
    accountSettings: "Configurações da conta",
    sessions: "Sessões conectadas",
    curlSession: "curl em 127.0.0.1",
  },
} satisfies Record<Locale, unknown>;

async function signInElsewhere(browser: Browser, email: string, locale: Locale) {
  const words = WORDS[locale];
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel(words.email).fill(email);
  await page.getByLabel(words.password).fill(PASSWORD);
  await page.getByRole("button", { name: words.signIn }).click();
  await expect(page).toHaveURL(/\/zaps$/);
  return { context, page };
}

async function stillSignedIn(page: Page): Promise<boolean> {
  await page.goto("/zaps");
  return !new URL(page.url()).pathname.startsWith("/sign-in");
}

async function runsSeenAt(email: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const result = await client.query<{ runsSeenAt: Date | null }>(`SELECT "runsSeenAt" FROM "User" WHERE email = $1`, [email]);
    return result.rows[0]?.runsSeenAt?.toISOString() ?? null;
  } finally {
    await client.end();
  }
}

for (const locale of ["en", "pt-BR"] as const) {
  test.describe(`in ${locale}`, () => {
    // Accept-Language too: the request fixture's calls are not the browser's.
    test.use({ locale, extraHTTPHeaders: { "Accept-Language": locale } });
    const words = WORDS[locale];

    test("a cross-site POST to a route handler is refused with 403 and changes nothing", async ({ page, baseURL }) => {
      const email = uniqueEmail("csrf-route");
      await signUp(page, { email });
      const before = await runsSeenAt(email);

      // The refusal, an answer to a forged request rather than a page, is worded in English in every language.
      const forged = await page.request.post("/api/notifications/failed-runs/seen", { headers: { Origin: EVIL } });
      expect(forged.status()).toBe(403);
      expect((await forged.json()).error).toMatch(/^Refused: this POST request came from https:\/\/evil\.example, not from Conduit at /);
      const anonymous = await page.request.post("/api/notifications/failed-runs/seen");
      expect(anonymous.status()).toBe(403);
      expect((await anonymous.json()).error).toContain("does not say which site sent it");
      expect(await runsSeenAt(email)).toBe(before);

      // The same request from Conduit's own origin goes through: the refusal was about the origin.
      const genuine = await page.request.post("/api/notifications/failed-runs/seen", { headers: { Origin: new URL(baseURL ?? "").origin } });
      expect(genuine.status()).toBe(204);
      expect(await runsSeenAt(email)).not.toBe(before);
    });

    test("a cross-site server action and a cross-site sign-out are refused and change nothing", async ({ page, browser, baseURL }) => {
      const email = uniqueEmail("csrf-action");
      await signUp(page, { email });
      const other = await signInElsewhere(browser, email, locale);

      // Capture the browser's own "Sign out everywhere else" server action request without sending it.
      await page.goto("/account");
      let captured: { url: string; headers: Record<string, string>; body: string } | undefined;
      await page.route("**/account", async (route) => {
        const request = route.request();
        if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
        const headers = Object.fromEntries(Object.entries(request.headers()).filter(([name]) => name !== "content-length" && name !== "host"));
        captured = { url: request.url(), headers, body: request.postData() ?? "" };
        await route.abort();
      });
      await page.getByRole("button", { name: words.signOutOthers }).click();
      await expect.poll(() => captured).toBeDefined();
      await page.unroute("**/account");
      if (!captured) throw new Error("no server action request was captured");
      expect(captured.headers.origin).toBe(new URL(baseURL ?? "").origin);

      const replay = (origin: string) => page.request.post(captured!.url, { headers: { ...captured!.headers, origin }, data: captured!.body });
      const forged = await replay(EVIL);
      expect(forged.status()).toBe(403);
      expect((await forged.json()).error).toMatch(/^Refused: this POST request came from https:\/\/evil\.example/);
      expect(await stillSignedIn(other.page)).toBe(true);

      // next-auth's sign-out, posted from another site, does not end the session either.
      const signOut = await page.request.post("/api/auth/signout", { headers: { Origin: EVIL }, form: { csrfToken: "x", json: "true" } });
      expect(signOut.status()).toBe(403);
      expect(await stillSignedIn(page)).toBe(true);

      // Replayed from Conduit's origin, the captured action works: it was a valid request.
      expect((await replay(new URL(baseURL ?? "").origin)).status()).toBe(200);
      expect(await stillSignedIn(other.page)).toBe(false);
      await other.context.close();
    });

    test("pages carry a fresh CSP nonce, the security headers, and scripts with that nonce", async ({ page, request }) => {
      const first = await request.get("/sign-in");
      const second = await request.get("/sign-in");
      const headers = first.headers();
      const csp = headers["content-security-policy"] ?? "";
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      expect(second.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
      const scriptSrc = csp.split("; ").find((directive) => directive.startsWith("script-src "));
      expect(scriptSrc).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
      for (const directive of [
        "default-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "connect-src 'self'",
      ]) {
        expect(csp).toContain(directive);
      }
      expect(headers).toMatchObject({
        "referrer-policy": "strict-origin-when-cross-origin",
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
        "permissions-policy": expect.stringContaining("camera=()"),
      });
      // APP_URL is http here: no HSTS (lib/http/security-headers.test.ts covers https).
      expect(headers["strict-transport-security"]).toBeUndefined();

      const html = await first.text();
      expect(html).toContain(`<html lang="${locale}"`);
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

      await page.goto("/sign-in");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      expect(await page.evaluate(() => [...document.scripts].filter((script) => !script.nonce).length)).toBe(0);

      // The not-found page is rendered per request too (a prerendered one would have no nonce).
      const missing = await request.get("/sign-up/no-such-page");
      expect(missing.status()).toBe(404);
      const missingNonce = /'nonce-([^']+)'/.exec(missing.headers()["content-security-policy"] ?? "")?.[1];
      const missingScripts = [...(await missing.text()).matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
      expect(missingScripts.length).toBeGreaterThan(0);
      for (const script of missingScripts) expect(script).toContain(`nonce="${missingNonce}"`);
    });

    test("the app works under the CSP: sign-up and every page without a CSP violation", async ({ page, context }) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
      });
      page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) =>
          console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
        );
      });

      await signUp(page, { email: uniqueEmail("csp") });
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const { headings } = words;
      for (const [path, heading] of [
        ["/runs", headings.runs],
        ["/connections", headings.connections],
        ["/templates", headings.templates],
        ["/apps", headings.apps],
        ["/account", headings.account],
        ["/zaps", headings.zaps],
      ] as const) {
        await page.goto(path);
        await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
      }
      // Client-side navigation and interactivity (hydrated scripts) work too.
      await page.getByRole("navigation", { name: words.mainNav }).getByRole("link", { name: headings.connections }).click();
      await expect(page).toHaveURL(/\/connections$/);
      await page.getByRole("button", { name: words.accountMenu }).click();
      await page.getByRole("menuitem", { name: words.accountSettings }).click();
      await expect(page.getByRole("heading", { name: words.sessions })).toBeVisible();
      await page.goto("/zaps/new");
      await expect(page.getByRole("main")).toBeVisible();
      expect(violations).toEqual([]);

      const cookie = (await context.cookies()).find((candidate) => candidate.name.endsWith("next-auth.session-token"));
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    });

    test("only the exact static files skip the proxy: /robots.txtX gets the CSP and frame protection", async ({ request }) => {
      const lookalike = await request.get("/robots.txtX");
      expect(lookalike.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(lookalike.headers()["x-frame-options"]).toBe("DENY");
    });

    test("malformed links, TRACE and a GET of the credentials callback get 400/405 with a message, not 500", async ({ page, request }) => {
      for (const path of [
        "/sign-in?callbackUrl=%E0%A4%A",
        "/api/auth/signin?callbackUrl=%E0%A4%A",
        "/api/auth/session?callbackUrl=%E0%A4%A",
        "/api/auth/providers?callbackUrl=%",
      ]) {
        const answer = await request.get(path, { maxRedirects: 0 });
        expect(answer.status(), path).toBe(400);
        expect(await answer.text(), path).toContain("This address is malformed");
      }

      const trace = await request.fetch("/sign-in", { method: "TRACE" });
      expect(trace.status()).toBe(405);
      expect(await trace.text()).toBe("Method TRACE is not allowed.\n");

      const callback = await request.get("/api/auth/callback/credentials");
      expect(callback.status()).toBe(405);
      expect(callback.headers().allow).toBe("POST");

      // Signed in, a well-formed callbackUrl that decodes to a non-ASCII path still redirects.
      await signUp(page, { email: uniqueEmail("callback") });
      const redirect = await page.request.get("/sign-in?callbackUrl=%2F%EF%BF%BD%25A", { maxRedirects: 0 });
      expect(redirect.status()).toBe(307);
      expect(redirect.headers().location).toMatch(/^(http:\/\/[^/]+)?\/%EF%BF%BD%A$/);
    });

    test("the session list shows the socket's address, not a forged X-Forwarded-For or x-conduit-client-ip", async ({ page, request, baseURL }) => {
      const email = uniqueEmail("forged-address");
      await signUp(page, { email });
      const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const signIn = await request.post("/api/auth/callback/credentials", {
        headers: { Origin: new URL(baseURL ?? "").origin, "X-Forwarded-For": "203.0.113.9", "X-Conduit-Client-IP": "198.51.100.9", "User-Agent": "curl/8.5.0" },
        form: { csrfToken: csrf.csrfToken, email, password: PASSWORD, json: "true" },
      });
      expect(signIn.ok()).toBe(true);
      await page.goto("/account");
      await expect(page.getByRole("listitem", { name: words.curlSession })).toHaveCount(1);
      await expect(page.getByText(/203\.0\.113\.9|198\.51\.100\.9/)).toHaveCount(0);
    });
  });
}
