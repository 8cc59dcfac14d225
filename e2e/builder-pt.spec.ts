// The zap builder in Brazilian Portuguese: a browser that asks for pt-BR opens a published zap, tests
// a step and the whole zap (the server's answers in Portuguese too), adds a filter, has its publish
// refused and discards the draft, reading every heading, button and message in Portuguese.
import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./fixtures/accounts";
import { SEEDING_NEEDS, seedingUnavailable, seedPublishedZap } from "./fixtures/seeded-zaps";

test.skip(seedingUnavailable, SEEDING_NEEDS);
test.use({ locale: "pt-BR" });

const SIGNING_SECRET = `whsec_${"e2eBuilderPortugueseSecret".repeat(2)}`;

async function signUpInPortuguese(page: Page): Promise<string> {
  const email = uniqueEmail("editor-pt");
  await page.goto("/sign-up");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Senha").fill(PASSWORD);
  await page.getByRole("button", { name: "Criar conta" }).click();
  await expect(page).toHaveURL(/\/zaps$/);
  return email;
}

/** Opens a collapsed step; a click before hydration does nothing, so it clicks until the step answers. */
async function openStep(page: Page, testId: string) {
  const toggle = page.getByTestId(testId).locator("button[aria-expanded]").first();
  await expect(async () => {
    if ((await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true", { timeout: 1_000 });
  }).toPass();
}

test("a pt-BR browser edits, tests and publishes a zap in the builder, in Portuguese", async ({ page }) => {
  const email = await signUpInPortuguese(page);
  const { zapId } = seedPublishedZap({ email, name: "Cancelamentos", personId: "{{trigger.customer}}", signingSecret: SIGNING_SECRET });

  await page.goto(`/zaps/${zapId}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  await expect(page).toHaveTitle("Editar zap · Conduit");
  await expect(page.getByLabel("Nome do zap")).toHaveValue("Cancelamentos");
  await expect(page.getByText("Publicado: versão 1")).toBeVisible();
  await expect(page.getByText("Todas as alterações salvas")).toBeVisible();
  await expect(page.getByRole("button", { name: "Publicar alterações" })).toBeVisible();
  const steps = page.getByRole("list", { name: "Etapas deste zap" });
  await expect(steps.getByTestId("trigger-step")).toContainText("Gatilho · Stripe");
  await expect(steps.getByRole("heading", { name: "Evento de exemplo e evento de teste" })).toBeVisible();
  await expect(steps.getByRole("heading", { name: "Só continuar se… (sem filtro: todo evento continua)" })).toBeVisible();

  // Test the step: a dry run shows the request, worded in Portuguese by the client and the server.
  await openStep(page, "step-person");
  const person = page.getByTestId("step-person");
  await expect(person).toContainText("Ação · Customer.io");
  await expect(person.getByRole("combobox", { name: /^Conexão com Customer\.io/ })).toBeVisible();
  const stepTest = person.getByRole("region", { name: "Testar esta etapa" });
  await stepTest.getByRole("button", { name: "Simulação (mostrar a requisição)" }).click();
  await expect(stepTest.getByTestId("step-test-result")).toContainText("Nada foi enviado. Esta é a requisição exata que o Customer.io receberia:");

  // Test the whole zap: the server's verdict and the step's dry-run note.
  await page.getByRole("button", { name: "Testar o zap inteiro" }).click();
  const wholeTest = page.getByTestId("zap-test-result");
  await expect(wholeTest).toContainText("Todas as etapas foram executadas; as ações foram simulações, então nada foi enviado.");
  await expect(wholeTest).toContainText("Etapa 1, o gatilho: o evento de exemplo customer.subscription.deleted");
  await expect(wholeTest).toContainText("Simulação: nada foi enviado. A requisição abaixo é o que o Customer.io receberia.");

  // A filter with no rules: saved as a draft, then the publish is refused and says why in Portuguese.
  await page.getByRole("button", { name: "+ Adicionar um filtro", exact: true }).click();
  await expect(steps.getByRole("heading", { name: "Só continuar se… (nenhuma regra ainda)" })).toBeVisible();
  await expect(page.getByText("· O rascunho tem alterações que ainda não estão no ar")).toBeVisible();
  await expect(page.getByText("Todas as alterações salvas")).toBeVisible();
  await page.getByRole("button", { name: "Publicar alterações" }).click();
  await expect(page.getByText("Não publicado: um item precisa ser corrigido antes, como indicado nas etapas abaixo.")).toBeVisible();
  await expect(steps.getByText("Requer atenção")).toBeVisible();

  // Discard the draft: back to the live version.
  await page.getByRole("button", { name: "Descartar rascunho" }).click();
  const discard = page.getByRole("alertdialog", { name: "Descartar o rascunho?" });
  await expect(discard).toContainText("O rascunho volta para a versão 1, que está no ar; as alterações feitas desde então se perdem.");
  await discard.getByRole("button", { name: "Descartar rascunho" }).click();
  await expect(page.getByText("O rascunho voltou para a versão 1.")).toBeVisible();
  await expect(steps.getByRole("heading", { name: "Só continuar se… (nenhuma regra ainda)" })).toBeHidden();
});
