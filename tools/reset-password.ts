// `npm run user:reset-password -- <email>`: prints a one-time link (valid 30 minutes) to choose a
// new password, for installs without SMTP_URL, where the emailed link only reaches the log. Finds
// the database the way `npm start` does (DATABASE_URL, else the local or embedded PostgreSQL), and
// builds the link on APP_URL (default http://localhost:$PORT, as `npm start`).
import { providePostgres } from "@/tools/provide-postgres";
import { LauncherError } from "@/tools/launcher-error";

const USAGE = "Usage: npm run user:reset-password -- <email>";

async function main(args: string[]): Promise<number> {
  const [rawEmail, ...rest] = args.filter((arg) => arg !== "--");
  if (rawEmail === "--help" || rawEmail === "-h") {
    console.log(USAGE);
    return 0;
  }
  if (!rawEmail || rest.length > 0) {
    console.error(USAGE);
    return 1;
  }
  const postgres = await providePostgres({ purpose: "app" });
  // lib/env.ts (behind lib/db.ts) is read on first use: fill it in before loading them.
  process.env.DATABASE_URL = postgres.url;
  process.env.APP_URL ||= `http://localhost:${process.env.PORT || 3000}`;
  // Required by lib/env.ts, never used here: no cookie is signed and no secret decrypted.
  process.env.AUTH_SECRET ||= "not-used-by-user-reset-password-000000000000";
  process.env.ENCRYPTION_KEYS ||= `unused:${Buffer.alloc(32).toString("base64")}`;
  const { db } = await import("@/lib/db");
  const { normalizeEmail } = await import("@/lib/auth/normalize-email");
  const { issuePasswordReset, PASSWORD_RESET_MINUTES } = await import("@/lib/auth/password-reset/issue-password-reset");
  try {
    const email = normalizeEmail(rawEmail);
    const user = await db.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) {
      console.error(`No account uses ${email} in ${postgres.description}. Check the spelling.`);
      return 1;
    }
    const { link, expiresAt } = await issuePasswordReset({ userId: user.id });
    console.log(
      `A link to choose a new password for ${email}, valid once for ${PASSWORD_RESET_MINUTES} minutes (until ${expiresAt.toISOString()}); older links stop working:`,
    );
    console.log(link);
    return 0;
  } catch (error) {
    if ((error as { code?: string }).code === "P2021") {
      console.error("This database lacks Conduit's latest tables: run `npm run db:migrate` (or start Conduit once) first.");
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
    await postgres.stop();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof LauncherError ? error.message : error);
  process.exitCode = 1;
}
