// The Connections page in Brazilian Portuguese: a pt-BR browser connects Stripe and Customer.io (the
// stand-ins `npm test` starts, as in connections.spec.ts) and reads the page, its dialogs, its notices
// and a server action's refusal in Portuguese. The connect forms' fields come from the catalog, so
// they are found by name here.
import { expect, test } from "@playwright/test";
import { PASSWORD, uniqueEmail } from "./fixtures/accounts";
import { needsStandIns, stand } from "./fixtures/stand-ins";

needsStandIns();

test.use({ locale: "pt-BR" });

test("connects both apps, reads the Connections page and deletes a connection, all in Portuguese", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("E-mail").fill(uniqueEmail("integracoes"));
  await page.getByLabel("Senha").fill(PASSWORD);
  await page.getByRole("button", { name: "Criar conta" }).click();
  await expect(page).toHaveURL(/\/zaps$/);

  await page.goto("/connections");
  await expect(page).toHaveTitle("Integrações · Conduit");
  await expect(page.getByRole("heading", { name: "Integrações", level: 1 })).toBeVisible();
  await expect(page.getByText("Você ainda não conectou nenhum app.")).toBeVisible();
  await expect(page.getByText("Depois conecte o Customer.io:", { exact: false })).toBeVisible();

  // Stripe: the key is checked with the stand-in, then the webhook step (the stand-in cannot reach this server).
  await page.getByRole("button", { name: "Conectar Stripe" }).click();
  const stripeDialog = page.getByRole("dialog", { name: "Conectar Stripe" });
  await stripeDialog.locator('input[name="secretKey"]').fill(stand.stripeKey);
  await stripeDialog.getByRole("button", { name: "Conectar", exact: true }).click();
  await expect(stripeDialog.getByText("Chave salva")).toBeVisible();
  await expect(stripeDialog.getByText("Modo de teste")).toBeVisible();
  await expect(stripeDialog.getByText("Mostrar os eventos")).toBeVisible();
  await expect(stripeDialog.getByLabel("URL do webhook")).toBeVisible();
  await expect(stripeDialog.getByRole("button", { name: "Salvar segredo de assinatura" })).toBeVisible();
  await stripeDialog.getByRole("button", { name: "Fazer isso depois" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "O Stripe está conectado." })).toBeVisible();

  const stripeCard = page.getByRole("listitem", { name: stand.stripeAccountName });
  await expect(stripeCard.getByText("Conectada", { exact: true })).toBeVisible();
  await expect(stripeCard.getByRole("term").filter({ hasText: "Adicionada em" })).toBeVisible();
  await expect(stripeCard.getByRole("term").filter({ hasText: "Chave de API" })).toBeVisible();
  await expect(stripeCard.getByText(/^O Conduit consulta o Stripe em busca de novos eventos a cada/)).toBeVisible();
  await expect(stripeCard.getByRole("combobox", { name: "Como os eventos chegam" })).toContainText(
    "Sincronização: o Conduit consulta o Stripe a cada poucos segundos",
  );
  await expect(stripeCard.getByRole("button", { name: "Configurar webhook" })).toBeVisible();
  await expect(stripeCard.getByRole("button", { name: `Trocar chave de ${stand.stripeAccountName}` })).toBeVisible();

  // Customer.io: once both apps are connected, the notice offers the next step.
  await page.getByRole("button", { name: "Conectar Customer.io" }).click();
  const cioDialog = page.getByRole("dialog", { name: "Conectar Customer.io" });
  await cioDialog.locator('input[name="siteId"]').fill(stand.siteId);
  await cioDialog.locator('input[name="trackApiKey"]').fill(stand.trackApiKey);
  await cioDialog.locator('input[name="label"]').fill("Workspace de marketing");
  await cioDialog.getByRole("button", { name: "Conectar", exact: true }).click();
  const connected = page.getByRole("main").getByRole("status").filter({ hasText: "Conectado: “Workspace de marketing”." });
  await expect(connected).toBeVisible();
  await expect(connected.getByRole("link", { name: "Criar um zap" })).toBeVisible();

  const cioCard = page.getByRole("listitem", { name: "Workspace de marketing" });
  await expect(cioCard.getByText("Não adicionada (necessária para e-mail transacional: adicione em Editar)")).toBeVisible();
  await cioCard.getByRole("button", { name: "Editar Workspace de marketing" }).click();
  const edit = page.getByRole("dialog", { name: "Editar “Workspace de marketing”" });
  await expect(edit.getByRole("group", { name: "Região" })).toBeVisible();
  await expect(edit.getByText(`Deixe vazio para manter a chave terminada em ${stand.trackApiKey.slice(-4)}.`)).toBeVisible();
  await edit.getByRole("button", { name: "Cancelar" }).click();

  // Deleting asks first, then says what happened, in Portuguese.
  await cioCard.getByRole("button", { name: "Excluir Workspace de marketing" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Excluir “Workspace de marketing”?" });
  await expect(confirm.getByText("As chaves continuam válidas no Customer.io; revogue-as lá se não precisar mais delas.")).toBeVisible();
  await expect(confirm.getByRole("button", { name: "Manter" })).toBeVisible();
  await confirm.getByRole("button", { name: "Excluir conexão" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Conexão “Workspace de marketing” excluída." })).toBeVisible();
  await expect(cioCard).toHaveCount(0);
});

test("says in Portuguese that Stripe does not recognise a wrong key, quoting Stripe's own words", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("E-mail").fill(uniqueEmail("chave-errada"));
  await page.getByLabel("Senha").fill(PASSWORD);
  await page.getByRole("button", { name: "Criar conta" }).click();
  await expect(page).toHaveURL(/\/zaps$/);

  await page.goto("/connections");
  await page.getByRole("button", { name: "Conectar Stripe" }).click();
  const stripeDialog = page.getByRole("dialog", { name: "Conectar Stripe" });
  await stripeDialog.locator('input[name="secretKey"]').fill(`${stand.stripeKey.slice(0, -4)}zzzz`);
  await stripeDialog.getByRole("button", { name: "Conectar", exact: true }).click();
  await expect(
    stripeDialog.getByText(/^O Stripe não reconhece esta chave\. O Stripe diz: "Invalid API Key provided: [^"]*zzzz"\. Copie-a de novo/),
  ).toBeVisible();
});
