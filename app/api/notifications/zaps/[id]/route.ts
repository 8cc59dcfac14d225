import { currentUser } from "@/lib/auth/current-user";
import { getZapFailureSummary } from "@/lib/notifications/get-zap-failure-summary";
import { zapIdSchema, type ZapFailureSummary } from "@/lib/notifications/schema";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** The zap's failure banner: failed runs since it was last dismissed (null when none). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to see your zaps." }, { status: 401, headers: NO_STORE });
  const id = zapIdSchema.safeParse((await params).id);
  if (!id.success) return Response.json({ error: "This zap does not exist, or it belongs to another account." }, { status: 404, headers: NO_STORE });
  const body: { failures: ZapFailureSummary | null } = { failures: await getZapFailureSummary({ userId: user.id, zapId: id.data }) };
  return Response.json(body, { headers: NO_STORE });
}
