import { currentUser } from "@/lib/auth/current-user";
import { markRunsSeen } from "@/lib/notifications/mark-runs-seen";

export const dynamic = "force-dynamic";

/**
 * The run history was shown: clears the Runs badge. A POST the page sends once it is on screen, not
 * a write while rendering the page, which Next.js may prefetch for a link nobody clicked.
 */
export async function POST() {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to see your runs." }, { status: 401 });
  await markRunsSeen({ userId: user.id });
  return new Response(null, { status: 204 });
}
