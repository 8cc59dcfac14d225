// Conduit in Brazilian Portuguese and English: the browser's Accept-Language picks the language
// before sign-in, the footer switch and the Account page change it, and <html lang> follows.
import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./fixtures/accounts";

/** A date as pt-BR writes it, as a time's UTC title (and the page before hydration) shows it: "2 de dez. de 2026, 14:05 UTC". */
const BRAZILIAN_DATE_TIME = /^\d{1,2} de [a-zç]{3}\. de \d{4}, \d{2}:\d{2} UTC$/;

function mainNav(page: Page, name: string) {
  return page.getByRole("navigation", { name });
}

test.describe("a browser that asks for pt-BR", () => {
  test.use({ locale: "pt-BR", timezoneId: "America/Sao_Paulo" });

  test("signs up and uses the shell and the Account page in Portuguese, then switches every page to English", async ({ page }) => {
    const email = uniqueEmail("idioma");

    await page.goto("/sign-up");
    await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
    await expect(page).toHaveTitle("Criar conta · Conduit");
    await expect(page.getByRole("heading", { name: "Crie sua conta no Conduit", level: 1 })).toBeVisible();
    await expect(page.getByText("Automatize o Customer.io a partir dos seus eventos do Stripe.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Entrar" })).toBeVisible();

    // The server action's refusals are in Portuguese too.
    await page.getByLabel("E-mail").fill("nao-e-um-email");
    await page.getByLabel("Senha").fill("curta");
    await page.getByRole("button", { name: "Criar conta" }).click();
    await expect(page.getByText("Informe um e-mail válido, como nome@exemplo.com.")).toBeVisible();
    await expect(page.getByText("Use pelo menos 8 caracteres.")).toBeVisible();

    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Senha").fill(PASSWORD);
    await page.getByRole("button", { name: "Criar conta" }).click();
    await expect(page).toHaveURL(/\/zaps$/);

    // The shell.
    await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
    const nav = mainNav(page, "Principal");
    for (const item of ["Zaps", "Execuções", "Modelos", "Apps", "Integrações"]) await expect(nav.getByRole("link", { name: item })).toBeVisible();
    await expect(page.getByRole("link", { name: "Pular para o conteúdo" })).toBeAttached();

    // The Zaps list (its first-run checklist) and the Runs page.
    await expect(page).toHaveTitle("Zaps · Conduit");
    await expect(page.getByRole("heading", { name: "Coloque sua primeira automação para funcionar" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Conectar o Stripe →" })).toBeVisible();
    await nav.getByRole("link", { name: "Execuções" }).click();
    await expect(page).toHaveTitle("Execuções · Conduit");
    await expect(page.getByRole("heading", { name: "Execuções", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Nenhuma execução ainda" })).toBeVisible();
    const filters = page.getByRole("search", { name: "Filtrar execuções" });
    await expect(filters.getByLabel("Status")).toContainText("Requer atenção");
    await expect(filters.getByLabel("Origem")).toContainText("Só importadas");
    await nav.getByRole("link", { name: "Modelos" }).click();
    await expect(page.getByRole("heading", { name: "Modelos", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: /^Usar modelo: / }).first()).toBeVisible();
    // The catalog's words too: templates, triggers, lookups and actions.
    await expect(page.getByRole("heading", { name: "Assinatura cancelada → atualizar a pessoa e rastrear o cancelamento" })).toBeVisible();
    await nav.getByRole("link", { name: "Apps" }).click();
    for (const name of ["Assinatura cancelada", "Totais de pagamento do cliente", "Enviar e-mail transacional"])
      await expect(page.getByRole("heading", { name, level: 4, exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Conta" }).click();
    await expect(page.getByRole("menuitem", { name: "Sair" })).toBeVisible();
    await page.getByRole("menuitem", { name: "Configurações da conta" }).click();

    // The Account page.
    await expect(page).toHaveTitle("Conta · Conduit");
    await expect(page.getByRole("heading", { name: "Conta", level: 1 })).toBeVisible();
    await expect(page.getByText(`Conectado como ${email}.`)).toBeVisible();
    const sessions = page.getByRole("list", { name: "Sessões" }).getByRole("listitem");
    await expect(sessions).toHaveCount(1);
    await expect(sessions.first()).toContainText("Este navegador");
    await expect(sessions.first()).toContainText(/Chrome no (Windows|Linux)/);
    // In the browser's time zone, with the zone named; the full UTC date and time in its title.
    await expect(sessions.first().locator("time")).toHaveText(/^\d{2}:\d{2} (BRT|GMT-3|UTC-3)$/);
    await expect(sessions.first().locator("time")).toHaveAttribute("title", BRAZILIAN_DATE_TIME);
    await expect(page.getByRole("button", { name: "Desconectar de todos os outros lugares" })).toBeDisabled();

    await page.getByLabel("Senha atual").fill("nao-e-a-senha");
    await page.getByLabel("Nova senha", { exact: true }).fill("harbor-meadow-violet-77");
    await page.getByLabel("Confirme a nova senha").fill("harbor-meadow-violet-77");
    await page.getByRole("button", { name: "Alterar senha" }).click();
    await expect(page.getByText("Sua senha atual não está correta. Informe a senha que você usa para entrar.")).toBeVisible();
    await page.getByLabel("Senha atual").fill(PASSWORD);
    await page.getByLabel("Nova senha", { exact: true }).fill("harbor-meadow-violet-77");
    await page.getByLabel("Confirme a nova senha").fill("harbor-meadow-violet-77");
    await page.getByRole("button", { name: "Alterar senha" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Senha alterada." })).toHaveText("Senha alterada. Nenhuma outra sessão estava conectada.");

    // Switching to English on the Account page.
    await expect(page.getByRole("combobox", { name: "Idioma" })).toHaveValue("");
    await expect(page.getByRole("combobox", { name: "Idioma" }).locator("option").first()).toHaveText("Idioma do navegador: Português (Brasil)");
    await page.getByRole("combobox", { name: "Idioma" }).selectOption({ label: "English" });
    await page.getByRole("button", { name: "Salvar idioma" }).click();
    await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("status").filter({ hasText: "Language saved." })).toBeVisible();
    // The password form's answer follows the language too.
    await expect(page.getByRole("status").filter({ hasText: "Password changed." })).toHaveText("Password changed. No other sessions were signed in.");
    await expect(page.getByRole("combobox", { name: "Language" })).toHaveValue("en");
    await expect(page.getByRole("list", { name: "Sessions" }).getByRole("listitem").first()).toContainText("This browser");
    await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();

    // Every translated page follows, though the browser still asks for pt-BR.
    await page.goto("/zaps");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Get your first automation running" })).toBeVisible();
    for (const item of ["Zaps", "Runs", "Templates", "Apps", "Connections"])
      await expect(mainNav(page, "Main").getByRole("link", { name: item })).toBeVisible();
    await page.getByRole("button", { name: "Account" }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole("heading", { name: "Sign in to Conduit", level: 1 })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await expect(page.getByRole("heading", { name: "Reset your password", level: 1 })).toBeVisible();
    await page.goto("/reset-password?token=not-a-real-token");
    await expect(page.getByText("This reset link has expired or was already used. Ask for a new one.")).toBeVisible();
    await page.goto("/sign-up");
    await expect(page.getByRole("heading", { name: "Create your Conduit account", level: 1 })).toBeVisible();

    // Signed in again, the account's choice holds.
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("harbor-meadow-violet-77");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/zaps$/);
    await expect(mainNav(page, "Main").getByRole("link", { name: "Connections" })).toBeVisible();
  });
});

test("the sign-in page's footer switches the language, server messages included", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Sign in to Conduit", level: 1 })).toBeVisible();

  const languages = page.getByRole("navigation", { name: "Language" });
  await expect(languages.getByRole("button", { name: "English" })).toHaveAttribute("aria-current", "true");
  await languages.getByRole("button", { name: "Português (Brasil)" }).click();
  await expect(page.getByRole("heading", { name: "Entrar no Conduit", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  await expect(page.getByRole("link", { name: "Esqueceu a senha?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Criar conta" })).toBeVisible();

  // next-auth's refusal is worded on the server, in the cookie's language.
  await page.getByLabel("E-mail").fill(uniqueEmail("ninguem"));
  await page.getByLabel("Senha").fill("nao-e-a-senha");
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail ou senha incorretos.");

  // The choice is remembered on the other signed-out pages, and switched back the same way.
  await page.getByRole("link", { name: "Criar conta" }).click();
  await expect(page.getByRole("heading", { name: "Crie sua conta no Conduit", level: 1 })).toBeVisible();
  await page.getByRole("navigation", { name: "Idioma" }).getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Create your Conduit account", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});
