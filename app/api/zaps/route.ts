import { currentUser } from "@/lib/auth/current-user";
import { requestLocale } from "@/lib/i18n/request-locale";
import { listZaps } from "@/lib/zaps/list-zaps";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** The signed-in user's zaps with their last run and recent run counts, for the Zaps page to refresh. */
export async function GET() {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to see your zaps." }, { status: 401, headers: NO_STORE });
  return Response.json(await listZaps({ userId: user.id, locale: await requestLocale() }), { headers: NO_STORE });
}
