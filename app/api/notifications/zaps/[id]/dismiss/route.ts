import { currentUser } from "@/lib/auth/current-user";
import { dismissZapFailures } from "@/lib/notifications/dismiss-zap-failures";
import { zapIdSchema } from "@/lib/zaps/schema";

export const dynamic = "force-dynamic";

const ZAP_NOT_FOUND = "This zap does not exist, or it belongs to another account.";

/** Hides the zap's failure banner until another run fails. */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to manage your zaps." }, { status: 401 });
  const id = zapIdSchema.safeParse((await params).id);
  if (!id.success || !(await dismissZapFailures({ userId: user.id, zapId: id.data }))) return Response.json({ error: ZAP_NOT_FOUND }, { status: 404 });
  return new Response(null, { status: 204 });
}
