// A first day with Conduit in Brazilian Portuguese, end to end: a browser that asks for pt-BR signs
// up, connects Stripe and Customer.io (the stand-ins `npm test` starts), makes a zap from the
// "Pagamento falhou" template, maps it from a real Stripe event in reais (R$ 1.099,00), publishes it,
// sends a test event and reads the run, every page in Portuguese with Brazilian dates and money, and
// no English word on any of them (expectNoEnglish). Then the Account page switches to English and the
// same pages follow.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./fixtures/accounts";
import { expectNoEnglish } from "./fixtures/no-english";
import { needsStandIns, stand } from "./fixtures/stand-ins";
import { openSection } from "./fixtures/builder";

needsStandIns();
test.use({ locale: "pt-BR", timezoneId: "America/Sao_Paulo" });

const SIGNING_SECRET = `whsec_${"e2eFirstDayPortugueseSecret".repeat(2)}`;
const TEMPLATE = "Pagamento falhou → rastrear payment_failed";
/** A declined card payment of R$ 1.099,00 (Stripe's minor units), from the catalog's charge.failed sample. */
const chargeFailed = JSON.parse(readFileSync("lib/catalog/stripe/samples/charge.failed.json", "utf8")) as {
  data: { object: Record<string, unknown> & { failure_message: string } };
};
const chargeInReais = { ...chargeFailed.data.object, amount: 109_900, currency: "brl" };

/** A time as pt-BR writes it today ("14:05 BRT"), and with the date on another day ("2 de dez. de 2026, 14:05 BRT"). */
const BRAZILIAN_TIME = /^\d{2}:\d{2} (BRT|GMT-3|UTC-3)$/;
const BRAZILIAN_DATE_TIME = /^\d{1,2} de [a-zç]{3}\. de \d{4}, \d{2}:\d{2} (BRT|GMT-3|UTC-3)$/;
/** The UTC date and time of a time's title: "2 de dez. de 2026, 14:05 UTC". */
const BRAZILIAN_UTC_TITLE = /^\d{1,2} de [a-zç]{3}\. de \d{4}, \d{2}:\d{2} UTC$/;
/** The same in English: "Dec 2, 2026, 2:05 PM GMT-3". */
const ENGLISH_DATE_TIME = /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M (BRT|GMT-3|UTC-3)$/;

test("a pt-BR browser's first day: sign up, connect, a zap from a template, a test run read in Portuguese, then English", async ({ page }) => {
  test.setTimeout(90_000);
  const email = uniqueEmail("primeiro-dia");
  const nav = page.getByRole("navigation", { name: "Principal" });
  /** The Stripe stand-in's account is called "Conduit Test Shop": its name, not a word of the page. */
  const allowAccount = [stand.stripeAccountName];

  // Sign up.
  await page.goto("/sign-up");
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  await expect(page.getByRole("heading", { name: "Crie sua conta no Conduit", level: 1 })).toBeVisible();
  await expectNoEnglish(page);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Senha").fill(PASSWORD);
  await page.getByRole("button", { name: "Criar conta" }).click();
  await expect(page).toHaveURL(/\/zaps$/);

  // The Zaps page's checklist leads to Connections.
  await expect(page).toHaveTitle("Zaps · Conduit");
  await expect(page.getByRole("heading", { name: "Coloque sua primeira automação para funcionar" })).toBeVisible();
  await expectNoEnglish(page);
  await page.getByRole("link", { name: "Conectar o Stripe →" }).click();

  // Stripe: the key, then the webhook's signing secret.
  const stripeDialog = page.getByRole("dialog", { name: "Conectar Stripe" });
  await expect(stripeDialog).toBeVisible();
  await expect(page).toHaveTitle("Integrações · Conduit");
  await expectNoEnglish(page);
  await stripeDialog.getByLabel("Chave secreta ou restrita").fill(stand.stripeKey);
  await stripeDialog.getByRole("button", { name: "Conectar", exact: true }).click();
  await expect(stripeDialog.getByText("Chave salva")).toBeVisible();
  await expect(stripeDialog.getByText("Modo de teste")).toBeVisible();
  await expectNoEnglish(page, { allow: allowAccount });
  await stripeDialog.getByLabel("Segredo de assinatura").fill(SIGNING_SECRET);
  await stripeDialog.getByRole("button", { name: "Salvar segredo de assinatura" }).click();
  await expect(stripeDialog).toBeHidden();
  await expect(
    page
      .getByRole("main")
      .getByRole("status")
      .filter({ hasText: `Conectado: ${stand.stripeAccountName}` }),
  ).toBeVisible();
  const stripeCard = page.getByRole("listitem", { name: stand.stripeAccountName });
  await expect(stripeCard.getByText("Conectada", { exact: true })).toBeVisible();
  await expect(stripeCard.getByText(`o segredo de assinatura dele termina em ${SIGNING_SECRET.slice(-4)}`)).toBeVisible();

  // Customer.io.
  await page.getByRole("button", { name: "Conectar Customer.io" }).click();
  const cioDialog = page.getByRole("dialog", { name: "Conectar Customer.io" });
  await expectNoEnglish(page, { allow: allowAccount });
  await cioDialog.getByLabel("Site ID").fill(stand.siteId);
  await cioDialog.getByLabel("Chave da Track API").fill(stand.trackApiKey);
  await cioDialog.getByLabel("Nome (opcional)").fill("Workspace da loja");
  await cioDialog.getByRole("button", { name: "Conectar", exact: true }).click();
  await expect(cioDialog).toBeHidden();
  const connected = page.getByRole("main").getByRole("status").filter({ hasText: "Conectado: “Workspace da loja”." });
  await expect(connected.getByRole("link", { name: "Criar um zap" })).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Workspace da loja" }).getByText("Conectada", { exact: true })).toBeVisible();
  await expectNoEnglish(page, { allow: allowAccount });

  // A declined payment in reais happens in Stripe, before any zap listens: only a sample to map from.
  const made = await page.request.post(`${stand.stripeControl}/events`, { data: { type: "charge.failed", object: chargeInReais } });
  expect(made.status()).toBe(201);

  // Templates → "Usar modelo".
  await nav.getByRole("link", { name: "Modelos" }).click();
  await expect(page).toHaveTitle("Modelos · Conduit");
  await expect(page.getByRole("heading", { name: "Modelos", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: TEMPLATE })).toBeVisible();
  await expectNoEnglish(page);
  await page.getByRole("link", { name: `Usar modelo: ${TEMPLATE}` }).click();

  // The builder: the template, with the only connections chosen; stored at the first change.
  await expect(page).toHaveTitle("Novo zap · Conduit");
  await expect(page.getByLabel("Nome do zap")).toHaveValue(TEMPLATE);
  await expect(page.getByText("Nunca publicado")).toBeVisible();
  const steps = page.getByRole("list", { name: "Etapas deste zap" });
  await expect(steps.getByTestId("trigger-step")).toContainText("Gatilho · Stripe");
  await expect(steps.getByTestId("trigger-step")).toContainText("Pagamento falhou");
  await expect(steps.getByTestId("step-event")).toContainText("Ação · Customer.io");
  await expect(steps.getByTestId("step-event")).toContainText("Rastrear evento");

  // The sample: recent events from Stripe, the one in reais written as Brazilians write money.
  await openSection(page, "sample-step");
  const sample = page.getByTestId("sample-step");
  await expect(sample.getByRole("heading", { name: "Evento de exemplo e evento de teste" })).toBeVisible();
  await sample.getByRole("button", { name: "Carregar eventos recentes" }).click();
  const pick = sample.getByRole("group", { name: "Escolha o evento de onde mapear os campos" });
  const inReais = pick.getByRole("radio", { name: /R\$\s1\.099,00/ });
  await expect(inReais).toHaveCount(1);
  await expect(pick.getByText(/^charge\.failed · .+ · R\$\s1\.099,00 · /)).toBeVisible();
  // Checked once the server has made it the zap's sample.
  await inReais.click();
  await expect(inReais).toBeChecked();
  await expect(page.getByText("Todas as alterações salvas")).toBeVisible();

  // The trigger and the step, opened: their connections, fields and previews of the sample.
  await openSection(page, "trigger-step");
  await expect(steps.getByTestId("trigger-step").getByRole("combobox", { name: /^Conexão com Stripe/ })).not.toHaveValue("");
  await openSection(page, "step-event");
  const trackEvent = steps.getByTestId("step-event");
  await expect(trackEvent.getByRole("combobox", { name: /^Conexão com Customer\.io/ })).not.toHaveValue("");
  for (const field of ["ID ou e-mail da pessoa", "Nome do evento", "Dados do evento"])
    await expect(trackEvent.getByText(field, { exact: true }).first()).toBeVisible();
  // The amount the step sends, from the event in reais.
  await expect(trackEvent.locator("p", { hasText: "Com o exemplo:" }).filter({ hasText: "1099" }).first()).toBeVisible();
  // Stripe's own words in the sample are English, as Stripe wrote them.
  const stripeWords = [
    ...allowAccount,
    chargeFailed.data.object.failure_message,
    "Jenny Rosen",
    "Subscription update",
    "The bank did not return any further details with this decline.",
  ];
  await expectNoEnglish(page, { allow: stripeWords });

  // Publish.
  await page.getByRole("button", { name: "Publicar e ativar" }).click();
  await expect(page.getByText("Versão 1 publicada.")).toBeVisible();
  await expect(page.getByText("Publicado: versão 1")).toBeVisible();
  await expect(page).toHaveURL(/\/zaps\/[0-9a-f-]{36}$/);
  const zapUrl = new URL(page.url()).pathname;

  // Send test event: a test run that succeeds.
  await sample.getByRole("button", { name: "Enviar evento de teste" }).click();
  const testRun = sample.getByRole("status").filter({ hasText: "Execução de teste:" });
  await expect(testRun.getByText("Concluída")).toBeVisible();
  await expectNoEnglish(page, { allow: stripeWords });
  await testRun.getByRole("link", { name: "Abrir a execução" }).click();

  // The run page.
  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
  const runUrl = new URL(page.url()).pathname;
  await expect(page).toHaveTitle("Execução · Conduit");
  await expect(page.getByRole("heading", { name: TEMPLATE, level: 1 })).toBeVisible();
  const header = page.locator("header").filter({ has: page.getByRole("heading", { level: 1 }) });
  await expect(header.getByText("Concluída", { exact: true })).toBeVisible();
  await expect(header.getByText("Evento de teste", { exact: true })).toBeVisible();
  await expect(header.getByText("Versão 1 do zap")).toBeVisible();
  const received = page.getByRole("term").filter({ hasText: "Recebida" }).locator("xpath=following-sibling::dd[1]").locator("time");
  await expect(received).toHaveText(BRAZILIAN_TIME);
  await expect(received).toHaveAttribute("title", BRAZILIAN_UTC_TITLE);
  await expect(page.getByRole("heading", { name: "Etapas", level: 2 })).toBeVisible();
  const step = page.getByRole("listitem", { name: "Etapa 2: Rastrear evento" });
  await expect(step.getByText("Concluída", { exact: true })).toBeVisible();
  await expect(step.getByRole("group", { name: "Entrada de Etapa 2: Rastrear evento" })).toContainText('"amount": 1099');
  await expect(step.getByRole("group", { name: "Entrada de Etapa 2: Rastrear evento" })).toContainText('"currency": "BRL"');
  const attempts = page.getByRole("region", { name: "Tentativas" });
  await expect(attempts.getByRole("listitem")).toHaveCount(1);
  await expect(attempts).toContainText("Tentativa 1");
  await expect(page.getByRole("heading", { name: "Evento do Stripe", level: 2 })).toBeVisible();
  await expect(page.getByRole("group", { name: "Conteúdo do evento do Stripe" })).toBeVisible();
  await expectNoEnglish(page, { allow: stripeWords });

  // The runs list.
  await nav.getByRole("link", { name: "Execuções" }).click();
  await expect(page.getByRole("heading", { name: "Execuções", level: 1 })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: TEMPLATE });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell", { name: "charge.failed" })).toBeVisible();
  await expect(row.getByText("Concluída")).toBeVisible();
  await expect(row.getByText("Evento de teste", { exact: true })).toBeVisible();
  await expect(row.locator("time")).toHaveText(BRAZILIAN_TIME);
  await expectNoEnglish(page);

  // The Zaps list: the zap is on, with its run.
  await nav.getByRole("link", { name: "Zaps" }).click();
  const card = page.getByRole("listitem", { name: TEMPLATE, exact: true });
  await expect(card.getByRole("switch", { name: `Zap “${TEMPLATE}” ativado` })).toBeChecked();
  await expect(card.getByText("Última execução")).toBeVisible();
  await expectNoEnglish(page);

  // Three days later the run shows its date too, as Brazilians write it.
  await page.clock.setSystemTime(Date.now() + 3 * 86_400_000);
  await page.goto(runUrl);
  await expect(received).toHaveText(BRAZILIAN_DATE_TIME);
  await page.goto("/runs");
  await expect(row.locator("time")).toHaveText(BRAZILIAN_DATE_TIME);

  // English, from the Account page.
  await page.getByRole("button", { name: "Conta" }).click();
  await page.getByRole("menuitem", { name: "Configurações da conta" }).click();
  await expect(page.getByRole("heading", { name: "Conta", level: 1 })).toBeVisible();
  await expectNoEnglish(page);
  await page.getByRole("combobox", { name: "Idioma" }).selectOption({ label: "English" });
  await page.getByRole("button", { name: "Salvar idioma" }).click();
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // The Zaps list.
  const mainNav = page.getByRole("navigation", { name: "Main" });
  await mainNav.getByRole("link", { name: "Zaps" }).click();
  await expect(page).toHaveTitle("Zaps · Conduit");
  await expect(card.getByRole("switch", { name: `Zap “${TEMPLATE}” on` })).toBeChecked();
  await expect(card.getByText("Last run")).toBeVisible();
  // The check the Portuguese pages passed finds this page's English: it is not vacuous.
  await expect(expectNoEnglish(page)).rejects.toThrow(/English on the Portuguese page \/zaps:\n[\s\S]*Runs in the last 24 h/);

  // The zap.
  await page.goto(zapUrl);
  await expect(page).toHaveTitle("Edit zap · Conduit");
  await expect(page.getByText("Published: version 1")).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish changes" })).toBeVisible();
  const stepsEn = page.getByRole("list", { name: "Steps of this zap" });
  await expect(stepsEn.getByTestId("trigger-step")).toContainText("Trigger · Stripe");
  await expect(stepsEn.getByTestId("trigger-step")).toContainText("Payment failed");
  await expect(stepsEn.getByTestId("step-event")).toContainText("Track event");
  await openSection(page, "sample-step");
  await sample.getByRole("button", { name: "Load recent events" }).click();
  // The same event's amount, as English writes reais.
  await expect(sample.getByRole("radio", { name: /R\$1,099\.00/ })).toBeChecked();

  // The runs list and the run page.
  await mainNav.getByRole("link", { name: "Runs" }).click();
  await expect(page.getByRole("heading", { name: "Runs", level: 1 })).toBeVisible();
  await expect(row.getByText("Succeeded")).toBeVisible();
  await expect(row.getByText("Test event", { exact: true })).toBeVisible();
  await expect(row.locator("time")).toHaveText(ENGLISH_DATE_TIME);
  await row.getByRole("link", { name: TEMPLATE }).click();
  await expect(page).toHaveURL(new RegExp(`${runUrl}$`));
  await expect(page).toHaveTitle("Run · Conduit");
  await expect(header.getByText("Succeeded", { exact: true })).toBeVisible();
  await expect(header.getByText("Zap version 1")).toBeVisible();
  await expect(page.getByRole("term").filter({ hasText: "Received" }).locator("xpath=following-sibling::dd[1]").locator("time")).toHaveText(ENGLISH_DATE_TIME);
  await expect(page.getByRole("listitem", { name: "Step 2: Track event" }).getByText("Succeeded", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Attempts" })).toContainText("Attempt 1");
  await expect(page.getByRole("heading", { name: "Stripe event", level: 2 })).toBeVisible();

  // Connections.
  await mainNav.getByRole("link", { name: "Connections" }).click();
  await expect(page).toHaveTitle("Connections · Conduit");
  await expect(page.getByRole("heading", { name: "Connections", level: 1 })).toBeVisible();
  await expect(stripeCard.getByText("Connected", { exact: true })).toBeVisible();
  await expect(stripeCard.getByText(`its signing secret ends in ${SIGNING_SECRET.slice(-4)}`)).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Workspace da loja" }).getByText("Connected", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Connect Customer.io" })).toBeVisible();
});
