import { currentUser } from "@/lib/auth/current-user";
import { countUnseenFailedRuns } from "@/lib/notifications/count-unseen-failed-runs";
import type { FailedRunsBadge } from "@/lib/notifications/schema";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** The Runs badge: how many runs failed since the signed-in user last opened the run history. */
export async function GET() {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to see your runs." }, { status: 401, headers: NO_STORE });
  const body: FailedRunsBadge = { count: await countUnseenFailedRuns({ userId: user.id }) };
  return Response.json(body, { headers: NO_STORE });
}
