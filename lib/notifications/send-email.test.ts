// Without SMTP_URL, a failure notification is written to the log instead of being emailed.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";
import { reloadWithEnv } from "@/test/reload-with-env";

let lib: {
  db: typeof import("@/lib/db").db;
  redis: typeof import("@/lib/redis").redis;
  sendEmail: typeof import("@/lib/notifications/send-email").sendEmail;
  notifyRunFailed: typeof import("@/lib/notifications/notify-run-failed").notifyRunFailed;
  createOwnedRecords: typeof import("@/test/create-owned-records").createOwnedRecords;
};

beforeAll(async () => {
  // Empty counts as unset (lib/env.ts), whatever the developer's shell holds.
  reloadWithEnv({ SMTP_URL: "", APP_URL: "http://localhost:3000" });
  lib = {
    db: (await import("@/lib/db")).db,
    redis: (await import("@/lib/redis")).redis,
    sendEmail: (await import("@/lib/notifications/send-email")).sendEmail,
    notifyRunFailed: (await import("@/lib/notifications/notify-run-failed")).notifyRunFailed,
    createOwnedRecords: (await import("@/test/create-owned-records")).createOwnedRecords,
  };
});

afterAll(async () => {
  await lib?.redis().quit();
  await lib?.db.$disconnect();
});

/** Runs `action` and returns the JSON log lines it wrote to stdout. */
async function logged(action: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    await action();
    return stdout.mock.calls
      .map(([line]) => String(line))
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  } finally {
    stdout.mockRestore();
  }
}

describe("failure notifications without SMTP_URL", () => {
  it("logs the email instead of sending it", async () => {
    let outcome: string | undefined;
    const lines = await logged(
      async () => (outcome = await lib.sendEmail({ to: "owner@example.com", subject: "Conduit: Zap failed", text: "Run: http://x/runs/1\n" })),
    );
    expect(outcome).toBe("logged");
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: "info",
        message: "email not sent (SMTP_URL is not set)",
        to: "owner@example.com",
        subject: "Conduit: Zap failed",
        text: "Run: http://x/runs/1\n",
      }),
    );
  });

  it("records a failed run's notification in the log, once", async () => {
    const { user, zap, run } = await lib.createOwnedRecords({ label: `log-${randomUUID()}` });
    await lib.db.run.update({ where: { id: run.id }, data: { status: "FAILED", finishedAt: new Date(), error: "Step 1 failed: Customer.io said 401" } });
    let outcome: string | undefined;
    const lines = await logged(async () => (outcome = await lib.notifyRunFailed({ runId: run.id })));
    expect(outcome).toBe("logged");
    const line = lines.find((candidate) => candidate.message === "email not sent (SMTP_URL is not set)");
    expect(line).toMatchObject({ to: user.email, subject: `Conduit: ${zap.name} failed` });
    expect(line?.text).toContain(`Run: http://localhost:3000/runs/${run.id}\n`);
    expect(line?.text).toContain("Error: Step 1 failed: Customer.io said 401");
    expect((await lib.db.run.findUniqueOrThrow({ where: { id: run.id } })).notifiedAt).toBeInstanceOf(Date);
    expect(await lib.notifyRunFailed({ runId: run.id })).toBe("skipped");
  });
});

describe("SMTP_URL and MAIL_FROM", () => {
  const valid = {
    DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/conduit",
    AUTH_SECRET: "s".repeat(32),
    ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`,
  };
  const problems = (extra: Record<string, string>) => {
    try {
      parseEnv({ ...valid, ...extra });
      return [];
    } catch (error) {
      if (error instanceof EnvError) return error.problems;
      throw error;
    }
  };

  it("accepts smtp:// and smtps:// URLs and an address with or without a name", () => {
    expect(problems({ SMTP_URL: "smtp://user:pass@mail.example.com:587", MAIL_FROM: "Conduit <conduit@example.com>" })).toEqual([]);
    expect(problems({ SMTP_URL: "smtps://mail.example.com", MAIL_FROM: "conduit@example.com" })).toEqual([]);
  });

  it("explains a malformed value at start-up", () => {
    expect(problems({ SMTP_URL: "mail.example.com:587" })).toEqual(["SMTP_URL is malformed: expected a URL starting with smtp:// or smtps://"]);
    expect(problems({ MAIL_FROM: "Conduit" })).toEqual([
      'MAIL_FROM is malformed: expected an address (conduit@example.com) or "Conduit <conduit@example.com>"',
    ]);
  });
});
