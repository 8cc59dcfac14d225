import { currentUser } from "@/lib/auth/current-user";
import { getStripeImport } from "@/lib/catalog/stripe/import/get-stripe-import";
import { requestLocale } from "@/lib/i18n/request-locale";
import { IMPORT_NOT_FOUND, stripeImportIdSchema } from "@/lib/catalog/stripe/import/schema";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** One of the signed-in user's imports of past events (its error in the request's language), for the import page to poll while it counts and runs. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to see your imports." }, { status: 401, headers: NO_STORE });
  const { id } = await params;
  const found = stripeImportIdSchema.safeParse(id).success ? await getStripeImport({ userId: user.id, importId: id, locale: await requestLocale() }) : null;
  if (!found) return Response.json({ error: IMPORT_NOT_FOUND }, { status: 404, headers: NO_STORE });
  return Response.json(found, { headers: NO_STORE });
}
