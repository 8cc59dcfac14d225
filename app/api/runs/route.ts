import { currentUser } from "@/lib/auth/current-user";
import { requestLocale } from "@/lib/i18n/request-locale";
import { listRunPage } from "@/lib/runs/list-run-page";
import { runListQuerySchema } from "@/lib/runs/schema";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** One page of the signed-in user's run history, for the runs page to poll. */
export async function GET(request: Request) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to see your runs." }, { status: 401, headers: NO_STORE });
  const parsed = runListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Invalid filters." }, { status: 400, headers: NO_STORE });
  return Response.json(await listRunPage({ userId: user.id, query: parsed.data, locale: await requestLocale() }), { headers: NO_STORE });
}
