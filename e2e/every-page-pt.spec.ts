// Every page and state the pt-BR first-day walk (first-day-pt.spec.ts) does not reach, in a browser
// that asks for Brazilian Portuguese, each read in Portuguese and checked for English
// (expectNoEnglish): the Apps and Templates pages; the new-zap wizard's catalog lists; the builder with
// a lookup (Customer payment totals), a filter after it (field picker, operator, value, the verdict),
// the mapping UI (data picker, token pills, the format dialog) and step tests, one of them failing; the
// Versions page; the Connections page with Stripe read by sync; a filtered run and a failed one
// (Customer.io refusing the call), the Runs list filtered, the zap's failure banner and Import past
// events; the Account page and the 404 page. Then, signed out: sign in, forgotten password and the
// emailed reset link.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail } from "./fixtures/accounts";
import { expectNoEnglish } from "./fixtures/no-english";
import { needsStandIns, seedPayments, stand } from "./fixtures/stand-ins";
import { SAMPLE_CUSTOMER } from "./fixtures/stripe-seed";
import { openSection } from "./fixtures/builder";

needsStandIns();
test.use({ locale: "pt-BR", timezoneId: "America/Sao_Paulo" });

const CUSTOMERIO_CONTROL = process.env.E2E_CUSTOMERIO_CONTROL_URL ?? "";
const INBOX = process.env.E2E_MAIL_INBOX_URL ?? "";
const ZAP = "Grandes clientes";
/** Customer.io's own words when it refuses a call (the stand-in says them on request): English, as Customer.io writes. */
const CUSTOMERIO_SAYS = "event attributes are not valid";

const chargeSucceeded = JSON.parse(readFileSync("lib/catalog/stripe/samples/charge.succeeded.json", "utf8")) as { data: { object: Record<string, unknown> } };

/**
 * Opens a field's data picker, opens everything in the sample and its first object (checked for
 * English, the event's details included), searches (the matches checked too) and picks the first match.
 */
async function insertData(page: Page, field: string, search: string, { allow = [] }: { allow?: (string | RegExp)[] } = {}) {
  await page.getByRole("button", { name: `Inserir dados em ${field}`, exact: true }).click();
  const picker = page.getByRole("dialog", { name: `Inserir dados em “${field}”` });
  await expect(picker.getByRole("searchbox", { name: "Buscar campos" })).toBeVisible();
  await expect(picker.getByText("Em cada execução, o valor deste campo vem do próprio evento e entra onde estava o cursor.")).toBeVisible();
  await picker.locator("summary").filter({ hasText: "Tudo no exemplo" }).first().click();
  await expect(picker.getByRole("list", { name: /: tudo no exemplo$/ }).first()).toBeVisible();
  await picker
    .getByRole("button", { name: /^Mostrar os campos de / })
    .first()
    .click();
  await expect(picker.getByRole("button", { name: /^Ocultar os campos de / }).first()).toBeVisible();
  await expect(picker.getByText("Detalhes do evento (id, type, created…)")).toBeVisible();
  await expectNoEnglish(page, { allow });
  await picker.getByRole("searchbox", { name: "Buscar campos" }).fill(search);
  await expect(picker.getByRole("list", { name: "Campos encontrados" })).toBeVisible();
  await expectNoEnglish(page, { allow });
  await picker.getByRole("searchbox", { name: "Buscar campos" }).press("Enter");
  await expect(picker).toBeHidden();
}

/** The Customer.io stand-in refuses the next Track API call with a 400, in its own words. */
async function customerioRefusesNextCall() {
  const answer = await fetch(`${CUSTOMERIO_CONTROL}/fail-next`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ status: 400, api: "track", times: 1, body: { meta: { error: CUSTOMERIO_SAYS } } }),
  });
  expect(answer.status).toBe(204);
}

/** A successful card payment by `customer` happens in the Stripe stand-in (the worker reads it by sync). */
async function paymentBy(page: Page, customer: string) {
  const object = { ...chargeSucceeded.data.object, id: `ch_e2e${Date.now()}${Math.random().toString(36).slice(2, 8)}`, customer };
  const made = await page.request.post(`${stand.stripeControl}/events`, { data: { type: "charge.succeeded", object } });
  expect(made.status()).toBe(201);
}

test("a pt-BR browser reads every page and state of Conduit in Portuguese", async ({ page }) => {
  test.skip(CUSTOMERIO_CONTROL === "", "needs the Customer.io stand-in's control API (E2E_CUSTOMERIO_CONTROL_URL)");
  test.setTimeout(240_000);
  const nav = page.getByRole("navigation", { name: "Principal" });
  const account = [stand.stripeAccountName];
  // What the catalog's sample charge and the Stripe stand-in say, in their own (English) words.
  const stripeWords = [...account, "Jenny Rosen", "Subscription creation"];
  await signUp(page, { label: "cada-pagina" });

  // Connections: Stripe with its key only (read by sync, no webhook), and Customer.io.
  await page.goto("/connections");
  await page.getByRole("button", { name: "Conectar Stripe" }).click();
  const stripeDialog = page.getByRole("dialog", { name: "Conectar Stripe" });
  await stripeDialog.getByLabel("Chave secreta ou restrita").fill(stand.stripeKey);
  await stripeDialog.getByRole("button", { name: "Conectar", exact: true }).click();
  await stripeDialog.getByRole("button", { name: "Fazer isso depois" }).click();
  await expect(stripeDialog).toBeHidden();
  const stripeCard = page.getByRole("listitem", { name: stand.stripeAccountName });
  await expect(stripeCard.getByText(/^O Conduit consulta o Stripe em busca de novos eventos a cada 1 s/)).toBeVisible();
  await expect(stripeCard.getByRole("combobox", { name: "Como os eventos chegam" })).toHaveValue("automatic");
  await page.getByRole("button", { name: "Conectar Customer.io" }).click();
  const cioDialog = page.getByRole("dialog", { name: "Conectar Customer.io" });
  await cioDialog.getByLabel("Site ID").fill(stand.siteId);
  await cioDialog.getByLabel("Chave da Track API").fill(stand.trackApiKey);
  await cioDialog.getByRole("button", { name: "Conectar", exact: true }).click();
  await expect(cioDialog).toBeHidden();
  await expectNoEnglish(page, { allow: account });

  // Apps.
  await nav.getByRole("link", { name: "Apps" }).click();
  await expect(page).toHaveTitle("Apps · Conduit");
  await expect(page.getByRole("heading", { name: "Apps", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Gatilhos · Um evento do Stripe que inicia um zap\./ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Consultas · / })).toBeVisible();
  await expect(page.getByRole("link", { name: "Experimentar: Pagamento bem-sucedido" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Experimentar: Totais de pagamento do cliente" })).toBeVisible();
  await expectNoEnglish(page);

  // Templates.
  await nav.getByRole("link", { name: "Modelos" }).click();
  await expect(page).toHaveTitle("Modelos · Conduit");
  await expect(page.getByRole("heading", { name: "Modelos", level: 1 })).toBeVisible();
  await expect(page.getByText("Antes de publicar:").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /^Usar modelo: / }).first()).toBeVisible();
  await expectNoEnglish(page);

  // The new-zap wizard: the trigger from the catalog's list.
  await page.goto("/zaps/new");
  await expect(page).toHaveTitle("Novo zap · Conduit");
  const trigger = page.getByTestId("trigger-step");
  await expect(trigger.getByRole("listbox", { name: "Evento do Stripe: opções" })).toBeVisible();
  await expect(trigger.getByRole("option", { name: /^Pagamento bem-sucedido/ })).toBeVisible();
  await expectNoEnglish(page);
  await trigger.getByLabel("Evento do Stripe", { exact: true }).fill("pagamento bem-sucedido");
  await trigger.getByRole("option", { name: /^Pagamento bem-sucedido/ }).click();
  await expect(page).toHaveURL(/\/zaps\/[0-9a-f-]{36}$/);
  const zapId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await page.getByLabel("Nome do zap").fill(ZAP);
  await expect(page.getByText("Todas as alterações salvas")).toBeVisible();

  // A lookup, chosen from the steps' list: Customer payment totals, of the trigger's customer.
  await page.getByRole("button", { name: "+ Adicionar uma etapa" }).click();
  const stepList = page.getByRole("listbox", { name: "Ação ou consulta a adicionar: opções" });
  await expect(stepList.getByRole("option", { name: /^Consulta no Stripe · Totais de pagamento do cliente/ })).toBeVisible();
  await expect(stepList.getByRole("option", { name: /^Ação no Customer\.io · Rastrear evento Registra algo que uma pessoa fez/ })).toBeVisible();
  await expectNoEnglish(page, { allow: account });
  await page.getByLabel("Ação ou consulta a adicionar", { exact: true }).fill("totais de pagamento");
  await stepList.getByRole("option", { name: /^Consulta no Stripe · Totais de pagamento do cliente/ }).click();
  const lookup = page.getByTestId("step-customer_payment_totals");
  await expect(lookup).toContainText("Consulta · Stripe");
  await expect(lookup.getByRole("combobox", { name: /^Conexão com Stripe/ })).not.toHaveValue("");
  await insertData(page, "ID do cliente", "ID do cliente", { allow: stripeWords });
  await expect(lookup.getByRole("button", { name: "ID do cliente", exact: true })).toBeVisible();

  // Its test runs for real against Stripe: the customer's totals.
  const lookupTest = lookup.getByRole("region", { name: "Testar esta etapa" });
  await lookupTest.getByRole("button", { name: "Executar consulta" }).click();
  await expect(lookupTest.getByTestId("step-test-result")).toContainText("A consulta foi executada. A saída dela, de onde as etapas seguintes mapeiam:");
  await expect(lookupTest.getByText(/^As \d+ chamadas HTTP por trás dela$/)).toBeVisible();
  await expectNoEnglish(page, { allow: stripeWords });

  // An action: Track event, the person mapped from the sample, a pill with a formatter.
  await page.getByRole("button", { name: "+ Adicionar uma etapa" }).click();
  await page.getByLabel("Ação ou consulta a adicionar", { exact: true }).fill("rastrear evento");
  await page.getByRole("option", { name: /^Ação no Customer\.io · Rastrear evento Registra algo que uma pessoa fez/ }).click();
  const track = page.getByTestId("step-track_event");
  await expect(track).toContainText("Ação · Customer.io");
  await track.getByLabel("Nome do evento", { exact: true }).fill("grande_cliente");
  await insertData(page, "ID ou e-mail da pessoa", "ID do cliente", { allow: stripeWords });
  await track.getByRole("button", { name: "ID do cliente", exact: true }).click();
  const format = page.getByRole("dialog", { name: "Formatar “ID do cliente”" });
  await expect(format.getByText("No exemplo")).toBeVisible();
  await expect(format.getByText(/^O valor entra como está\./)).toBeVisible();
  await expectNoEnglish(page, { allow: stripeWords });
  // A formatter the sample fails: its error.
  await format.getByLabel("Adicionar um formatador").selectOption({ label: "Texto → número" });
  await format.getByRole("button", { name: "Adicionar", exact: true }).click();
  await expect(format.getByText("Formatado", { exact: true })).toBeVisible();
  await expect(format.getByText(/^Texto → número precisa de um número, mas o valor é /)).toBeVisible();
  await expectNoEnglish(page, { allow: stripeWords });
  await format.getByRole("button", { name: "Remover Texto → número" }).click();
  // A formatter with a field or text argument: the fields with their sample values.
  await format.getByLabel("Adicionar um formatador").selectOption({ label: "Padrão quando vazio" });
  await format.getByRole("button", { name: "Adicionar", exact: true }).click();
  await expect(format.getByLabel("Quando o campo estiver vazio, usar")).toBeVisible();
  await expectNoEnglish(page, { allow: stripeWords });
  await expect(format.getByLabel("Quando o campo estiver vazio, usar").locator("option").first()).toHaveText("Um texto fixo…");
  await format.getByRole("button", { name: "Remover Padrão quando vazio" }).click();
  // A formatter with a currency.
  await format.getByLabel("Adicionar um formatador").selectOption({ label: "Valor em centavos → dinheiro" });
  await format.getByRole("button", { name: "Adicionar", exact: true }).click();
  await expect(format.getByLabel("Moeda", { exact: true })).toBeVisible();
  await expectNoEnglish(page, { allow: stripeWords });
  await expect(format.getByLabel("Moeda", { exact: true }).locator("option")).toHaveText(['Moeda ("usd")', "Uma moeda fixa…"]);
  await format.getByRole("button", { name: "Remover Valor em centavos → dinheiro" }).click();
  await format.getByLabel("Adicionar um formatador").selectOption({ label: "MAIÚSCULAS" });
  await format.getByRole("button", { name: "Adicionar", exact: true }).click();
  await expect(format.getByRole("list", { name: "Formatadores, aplicados em ordem" })).toContainText("MAIÚSCULAS");
  await expect(format.getByText(`"${SAMPLE_CUSTOMER.toUpperCase()}"`, { exact: true })).toBeVisible();
  await expectNoEnglish(page, { allow: stripeWords });
  await format.getByRole("button", { name: "Concluído" }).click();
  await expect(format).toBeHidden();
  await expect(track.getByRole("button", { name: "ID do cliente, formatado: upper" })).toBeVisible();
  // The pill's tip: its path, the sample and the formatted value.
  await track.getByRole("button", { name: "ID do cliente, formatado: upper" }).hover();
  await expect(track.getByRole("tooltip").first()).toBeVisible();
  await expectNoEnglish(page, { allow: stripeWords });

  // A filter between the lookup and the action: total spent greater than 100.
  await page.getByRole("button", { name: "+ Adicionar um filtro aqui (depois da etapa 2)" }).click();
  const filter = page.getByTestId("step-filter");
  await expect(filter.getByRole("heading", { name: "Só continuar se… (nenhuma regra ainda)" })).toBeVisible();
  await filter.getByRole("button", { name: "Adicionar uma regra" }).click();
  const fieldPicker = page.getByRole("dialog", { name: "Escolha o campo a verificar" });
  await expect(fieldPicker.getByText("A regra compara este campo de cada evento.")).toBeVisible();
  await expectNoEnglish(page, { allow: stripeWords });
  await fieldPicker.getByRole("searchbox", { name: "Buscar campos" }).fill("Total gasto (moeda principal)");
  await expect(fieldPicker.getByRole("list", { name: "Campos encontrados" })).toBeVisible();
  await expectNoEnglish(page, { allow: stripeWords });
  await fieldPicker.getByRole("searchbox", { name: "Buscar campos" }).press("Enter");
  await expect(fieldPicker).toBeHidden();
  await expect(filter.getByRole("button", { name: /^Campo \(regra 1\): Total gasto \(moeda principal\)/ })).toBeVisible();
  await filter.getByLabel("Condição (regra 1)").selectOption("greater_than");
  await filter.getByRole("textbox", { name: "Valor (regra 1)", exact: true }).fill("100");
  await expect(filter.getByRole("heading", { name: "Só continuar se… (1 regra)" })).toBeVisible();
  await expect(filter.getByText(/^✓ Verdadeiro para o exemplo, que tem /)).toBeVisible();
  await expect(filter.getByRole("status")).toHaveText("O evento de exemplo passa por este filtro, então as ações rodariam.");
  await expect(page.getByText("Todas as alterações salvas")).toBeVisible();
  await expectNoEnglish(page, { allow: stripeWords });
  // A threshold the sample does not reach: the verdict says why.
  await filter.getByRole("textbox", { name: "Valor (regra 1)", exact: true }).fill("200");
  await expect(filter.getByText(/^✗ Não é verdadeiro para o exemplo, que tem /)).toBeVisible();
  await expect(filter.getByRole("status")).toContainText("O evento de exemplo pararia aqui porque");
  await expectNoEnglish(page, { allow: stripeWords });
  await filter.getByRole("textbox", { name: "Valor (regra 1)", exact: true }).fill("100");
  await expect(filter.getByRole("status")).toHaveText("O evento de exemplo passa por este filtro, então as ações rodariam.");
  await expect(page.getByText("Todas as alterações salvas")).toBeVisible();

  // The action's tests: a dry run, then a real send that Customer.io refuses.
  const trackTest = track.getByRole("region", { name: "Testar esta etapa" });
  await trackTest.getByRole("button", { name: "Simulação (mostrar a requisição)" }).click();
  await expect(trackTest.getByTestId("step-test-result")).toContainText("Nada foi enviado. Esta é a requisição exata que o Customer.io receberia:");
  await expectNoEnglish(page, { allow: stripeWords });
  await customerioRefusesNextCall();
  await trackTest.getByRole("button", { name: "Enviar de verdade" }).click();
  const confirmSend = page.getByRole("alertdialog", { name: "Enviar isto de verdade para o Customer.io?" });
  await expect(confirmSend).toBeVisible();
  await expectNoEnglish(page, { allow: stripeWords });
  await confirmSend.getByRole("button", { name: "Enviar de verdade" }).click();
  await expect(trackTest.getByTestId("step-test-result")).toContainText(`O Customer.io rejeitou a requisição (HTTP 400: ${CUSTOMERIO_SAYS})`);
  await expectNoEnglish(page, { allow: [...stripeWords, CUSTOMERIO_SAYS] });

  // The whole zap's test: the lookup for real, the filter, the action as a dry run.
  await page.getByRole("button", { name: "Testar o zap inteiro" }).click();
  const wholeTest = page.getByTestId("zap-test-result");
  await expect(wholeTest).toContainText("Etapa 1, o gatilho: o evento de exemplo charge.succeeded");
  await expect(wholeTest).toContainText("Simulação: nada foi enviado. A requisição abaixo é o que o Customer.io receberia.");
  await expectNoEnglish(page, { allow: [...stripeWords, CUSTOMERIO_SAYS] });

  // Publish.
  await page.getByRole("button", { name: "Publicar e ativar" }).click();
  await expect(page.getByText(/^Versão 1 publicada\./)).toBeVisible();
  await expectNoEnglish(page, { allow: [...stripeWords, CUSTOMERIO_SAYS] });

  // Versions.
  await page.getByRole("link", { name: "Histórico de versões" }).click();
  await expect(page).toHaveTitle("Histórico de versões · Conduit");
  await expect(page.getByRole("heading", { name: `Histórico de versões de “${ZAP}”`, level: 1 })).toBeVisible();
  await expect(page.getByText("Versão 1", { exact: true })).toBeVisible();
  await expect(page.getByText("Atual", { exact: true })).toBeVisible();
  await expectNoEnglish(page);
  await page.getByRole("button", { name: "Restaurar versão 1" }).click();
  const restore = page.getByRole("alertdialog", { name: "Restaurar a versão 1 no rascunho?" });
  await expect(restore).toBeVisible();
  await expectNoEnglish(page);
  await restore.getByRole("button", { name: "Cancelar" }).click();
  await expect(restore).toBeHidden();

  // Connections: once a published zap uses Stripe, the worker reads its events, and the card says when it last did.
  await nav.getByRole("link", { name: "Integrações" }).click();
  await expect(page).toHaveTitle("Integrações · Conduit");
  await expect(async () => {
    await page.reload();
    await expect(stripeCard.getByText(/Última consulta: /)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(stripeCard.getByRole("combobox", { name: "Como os eventos chegam" })).toContainText("Automático (agora por sincronização)");
  await expectNoEnglish(page, { allow: account });

  // A payment by a customer who spent $80: stopped by the filter.
  const small = `cus_E2ePequeno${Date.now()}`;
  await seedPayments({ customer: small, amounts: [5000, 3000] });
  await paymentBy(page, small);
  await page.goto(`/runs?zapId=${zapId}`);
  const rows = page.getByRole("row").filter({ hasText: ZAP });
  await expect(rows.filter({ hasText: "Filtrada" })).toHaveCount(1, { timeout: 20_000 });

  // A payment by the sample's customer, who spent $107: through the filter, and Customer.io refuses the call.
  await customerioRefusesNextCall();
  await paymentBy(page, SAMPLE_CUSTOMER);
  await expect(rows.filter({ hasText: "Falhou" })).toHaveCount(1, { timeout: 20_000 });

  // The Runs list, filtered.
  await expect(page.getByText(`Mostrando as execuções de ${ZAP}.`)).toBeVisible();
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Falhou" });
  await expect(page).toHaveURL(/status=FAILED/);
  await expect(rows).toHaveCount(1);
  await page.getByLabel("Eventos", { exact: true }).selectOption({ label: "Só eventos do Stripe" });
  await expect(page).toHaveURL(/mode=live/);
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole("cell", { name: "charge.succeeded" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Limpar filtros" })).toBeVisible();
  await expectNoEnglish(page, { allow: [CUSTOMERIO_SAYS] });

  // The failed run: the run's error, the step's, the attempt.
  await rows.getByRole("link", { name: ZAP }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: ZAP, level: 1 })).toBeVisible();
  await expect(page.getByRole("note", { name: "Erro da execução" })).toContainText(`O Customer.io rejeitou a requisição (HTTP 400: ${CUSTOMERIO_SAYS})`);
  const failedStep = page.getByRole("listitem", { name: "Etapa 4: Rastrear evento" });
  await expect(failedStep.getByText("Falhou", { exact: true })).toBeVisible();
  await expect(failedStep.getByRole("note", { name: "Erro" })).toContainText("HTTP 400");
  await expect(page.getByRole("listitem", { name: "Etapa 3: Só continuar se…" }).getByText("Passou", { exact: true })).toBeVisible();
  const attempts = page.getByRole("region", { name: "Tentativas" });
  await expect(attempts).toContainText("Tentativa 1");
  await expect(attempts).toContainText("Falhou");
  await expect(page.getByRole("button", { name: "Reexecutar a partir da etapa que falhou" })).toBeVisible();
  await expectNoEnglish(page, { allow: [...stripeWords, CUSTOMERIO_SAYS] });
  // Replayed from the failed step: Customer.io takes it this time.
  await page.getByRole("button", { name: "Reexecutar a partir da etapa que falhou" }).click();
  await expect(page.getByText(/^Uma reexecução da execução original/)).toBeVisible();
  await expect(page.getByRole("listitem", { name: "Etapa 4: Rastrear evento" }).getByText("Concluída", { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("listitem", { name: "Etapa 2: Totais de pagamento do cliente" })).toContainText("Trazida da execução original");
  await expectNoEnglish(page, { allow: stripeWords });

  // The filtered run: the filter's verdict.
  await page.goto(`/runs?zapId=${zapId}&status=FILTERED`);
  await rows.getByRole("link", { name: ZAP }).click();
  await expect(page.getByRole("note", { name: "Por que a execução parou" })).toContainText("Total gasto (moeda principal)");
  const filterStep = page.getByRole("listitem", { name: "Etapa 3: Só continuar se…" });
  await expect(filterStep.getByText("Parou a execução", { exact: true })).toBeVisible();
  await expect(filterStep.getByRole("list", { name: "Regras verificadas" })).toContainText("Total gasto (moeda principal)");
  await expect(page.getByRole("listitem", { name: "Etapa 4: Rastrear evento" })).toHaveCount(0);
  await expectNoEnglish(page, { allow: stripeWords });

  // The zap's failure banner.
  await page.goto(`/zaps/${zapId}`);
  const banner = page.getByRole("region", { name: "Execuções que falharam" });
  await expect(banner).toContainText(/^1 execução falhou desde /);
  await expect(banner).toContainText(`— último erro: A etapa 4 falhou: O Customer.io rejeitou a requisição (HTTP 400: ${CUSTOMERIO_SAYS})`);
  await expect(banner.getByRole("link", { name: "Ver execuções que falharam" })).toBeVisible();
  await expect(banner.getByRole("button", { name: "Dispensar" })).toBeVisible();
  // The lookup's last real test, kept with the zap.
  await openSection(page, "step-customer_payment_totals");
  await expect(page.getByTestId("step-kept-test")).toContainText(/^Último teste real: .+\. As etapas seguintes mapeiam a partir desta saída\./);
  await expectNoEnglish(page, { allow: [...stripeWords, CUSTOMERIO_SAYS] });

  // The Zaps list: the zap, on, with its runs.
  await nav.getByRole("link", { name: "Zaps" }).click();
  const card = page.getByRole("listitem", { name: ZAP, exact: true });
  await expect(card.getByRole("switch", { name: `Zap “${ZAP}” ativado` })).toBeChecked();
  await expect(card.getByText("Última execução")).toBeVisible();
  await expectNoEnglish(page);
  await page.goto(`/zaps/${zapId}`);

  // Import past events, from the zap's runs.
  await page.getByRole("link", { name: "Execuções deste zap" }).click();
  await page.getByRole("link", { name: "Importar eventos anteriores" }).click();
  await expect(page).toHaveURL(new RegExp(`/zaps/${zapId}/import$`));
  await expect(page).toHaveTitle("Importar eventos anteriores · Conduit");
  await expect(page.getByRole("heading", { name: `Importar eventos anteriores para “${ZAP}”`, level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Contar eventos" }).click();
  const imported = page.getByRole("region", { name: "Importação" });
  await expect(imported).toContainText(/O Stripe tem \d+ eventos? do gatilho deste zap em /);
  await expect(imported).toContainText("já têm uma execução deste zap e não são executados de novo");
  await expectNoEnglish(page);

  // Account.
  await page.getByRole("button", { name: "Conta", exact: true }).click();
  await page.getByRole("menuitem", { name: "Configurações da conta" }).click();
  await expect(page).toHaveTitle("Conta · Conduit");
  await expect(page.getByRole("heading", { name: "Conta", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Alterar senha" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sessões conectadas" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Fuso horário" })).toBeVisible();
  await expect(page.getByText("Este navegador")).toBeVisible();
  await expectNoEnglish(page);

  // Not found: an address that is no page, and a zap that is not there.
  for (const address of ["/nao-existe", "/zaps/00000000-0000-4000-8000-000000000000"]) {
    const answer = await page.goto(address);
    expect(answer?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Página não encontrada", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Ir para seus zaps" })).toBeVisible();
    await expectNoEnglish(page);
  }
});

test("signed out, a pt-BR browser signs in, asks for a reset link and chooses a new password in Portuguese", async ({ page, browser }) => {
  test.skip(INBOX === "", "needs the SMTP server that `npm test` starts (E2E_MAIL_INBOX_URL)");
  const email = uniqueEmail("senha-pt");
  const owner = await browser.newContext({ locale: "pt-BR", timezoneId: "America/Sao_Paulo" });
  await signUp(await owner.newPage(), { email });
  await owner.close();

  // Sign in: a wrong password, said in Portuguese.
  await page.goto("/zaps");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page).toHaveTitle("Entrar · Conduit");
  await expect(page.getByRole("heading", { name: "Entrar no Conduit", level: 1 })).toBeVisible();
  await expectNoEnglish(page);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Senha").fill("senha-errada-123");
  await page.getByRole("button", { name: "Entrar", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("E-mail ou senha incorretos.");
  await expectNoEnglish(page);

  // Forgot password.
  await page.getByRole("link", { name: "Esqueceu a senha?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("heading", { name: "Redefina sua senha", level: 1 })).toBeVisible();
  await expectNoEnglish(page);
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Enviar link de redefinição" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText(
    "Se houver uma conta com este e-mail, um link para escolher uma nova senha está a caminho.",
  );
  await expectNoEnglish(page);

  // A link that does not work.
  await page.goto("/reset-password?token=invalido");
  await expect(page.getByRole("heading", { name: "Escolha uma nova senha", level: 1 })).toBeVisible();
  await expect(page.getByText("Este link de redefinição expirou ou já foi usado. Peça um novo.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Pedir um novo link" })).toBeVisible();
  await expectNoEnglish(page);

  // The emailed link: a common password refused, then a good one.
  await expect.poll(async () => ((await (await fetch(`${INBOX}?to=${encodeURIComponent(email)}`)).json()) as unknown[]).length).toBe(1);
  const [mail] = (await (await fetch(`${INBOX}?to=${encodeURIComponent(email)}`)).json()) as { text: string }[];
  const link = /https?:\/\/\S+\/reset-password\?token=[A-Za-z0-9_-]+/.exec(mail?.text ?? "")?.[0] ?? "";
  expect(link).not.toBe("");
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Escolha uma nova senha", level: 1 })).toBeVisible();
  await expect(page.getByText("Ao definir a nova senha, todos os navegadores conectados à sua conta serão desconectados.")).toBeVisible();
  await expectNoEnglish(page);
  await page.getByLabel("Nova senha", { exact: true }).fill("password123");
  await page.getByLabel("Confirme a nova senha").fill("password123");
  await page.getByRole("button", { name: "Definir nova senha" }).click();
  await expect(page.getByText("Essa senha é comum demais e fácil de adivinhar. Escolha uma menos previsível.")).toBeVisible();
  await expectNoEnglish(page);
  await page.getByLabel("Nova senha", { exact: true }).fill(`${PASSWORD}-nova`);
  await page.getByLabel("Confirme a nova senha").fill(`${PASSWORD}-nova`);
  await page.getByRole("button", { name: "Definir nova senha" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=done$/);
  await expect(page.getByText("Sua senha foi alterada e todas as sessões foram encerradas. Entre com a nova senha.")).toBeVisible();
  await expectNoEnglish(page);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Senha").fill(`${PASSWORD}-nova`);
  await page.getByRole("button", { name: "Entrar", exact: true }).click();
  await expect(page).toHaveURL(/\/zaps$/);
});
