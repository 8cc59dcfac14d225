import { currentUser } from "@/lib/auth/current-user";
import { requestLocale } from "@/lib/i18n/request-locale";
import { getZapFailureSummary } from "@/lib/notifications/get-zap-failure-summary";
import { zapIdSchema } from "@/lib/zaps/schema";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** The zap's failure banner: failed runs since it was last dismissed (null when none); 404 when the zap is not the user's. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to see your zaps." }, { status: 401, headers: NO_STORE });
  const id = zapIdSchema.safeParse((await params).id);
  const body = id.success ? await getZapFailureSummary({ userId: user.id, zapId: id.data, locale: await requestLocale() }) : null;
  if (!body) return Response.json({ error: "This zap does not exist, or it belongs to another account." }, { status: 404, headers: NO_STORE });
  return Response.json(body, { headers: NO_STORE });
}
