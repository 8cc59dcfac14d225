import { db } from "@/lib/db";

const KNOWN_FOR_DAYS = 30;

/**
 * True when this account signed in successfully from this address in the last 30 days. Such an
 * attempt skips the per-account limit, so failures sprayed at the account from other addresses
 * cannot keep its owner out; the (account, address) and address limits still apply to it.
 */
export async function knownSignInAddress({ email, address }: { email: string; address: string }): Promise<boolean> {
  if (address === "unknown") return false;
  // One query whether or not the account exists, so the timing does not tell which emails have one.
  const session = await db.session.findFirst({
    where: { ipAddress: address, createdAt: { gt: new Date(Date.now() - KNOWN_FOR_DAYS * 24 * 60 * 60 * 1000) }, user: { email } },
    select: { id: true },
  });
  return session !== null;
}
