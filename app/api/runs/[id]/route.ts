import { currentUser } from "@/lib/auth/current-user";
import { requestLocale } from "@/lib/i18n/request-locale";
import { getRun } from "@/lib/runs/get-run";
import { RUN_NOT_FOUND, runIdSchema } from "@/lib/runs/schema";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** One of the signed-in user's runs, for the run page to poll until it is final. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to see your runs." }, { status: 401, headers: NO_STORE });
  const id = runIdSchema.safeParse((await params).id);
  const run = id.success ? await getRun({ userId: user.id, runId: id.data, locale: await requestLocale() }) : null;
  if (!run) return Response.json({ error: RUN_NOT_FOUND }, { status: 404, headers: NO_STORE });
  return Response.json(run, { headers: NO_STORE });
}
