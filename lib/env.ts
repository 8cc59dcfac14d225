// The environment, parsed once with zod. A missing or malformed variable stops start-up with a
// message that names it. Every variable is listed in README.md with its default.
import { z } from "zod";
import { retryScheduleSchema } from "@/lib/queue/retry-schedule-schema";
import { trustProxySchema } from "@/lib/http/trust-proxy-schema";

const encryptionKeysSchema = z
  .string()
  .min(1)
  .transform((value, ctx) => {
    const keys = value
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean)
      .map((entry) => {
        const [id, material] = entry.split(":");
        const key = Buffer.from(material ?? "", "base64");
        if (!id || !/^[A-Za-z0-9_-]{1,32}$/.test(id) || key.length !== 32) {
          ctx.addIssue({ code: "custom", message: "expected comma-separated <keyId>:<base64 of 32 random bytes> entries" });
        }
        return { id: id ?? "", key };
      });
    if (new Set(keys.map((k) => k.id)).size !== keys.length) {
      ctx.addIssue({ code: "custom", message: "key ids must be unique" });
    }
    return keys;
  });

const urlWithProtocol = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    `expected a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}`,
  );

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: urlWithProtocol(["postgres:", "postgresql:"]),
    REDIS_URL: urlWithProtocol(["redis:", "rediss:"]).default("redis://127.0.0.1:6379"),
    /** Prefix of every Redis key (queues, rate limits), so several installs can share one Redis. */
    REDIS_KEY_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{1,64}$/, "letters, digits, _ . - only")
      .default("conduit"),
    APP_URL: urlWithProtocol(["http:", "https:"]).default("http://localhost:3000"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)"),
    /** The first key encrypts; every listed key decrypts (see `npm run keys:rotate`). */
    ENCRYPTION_KEYS: encryptionKeysSchema,
    /** Web server processes (server/web.ts, node:cluster), sharing one port. 1: a single process, as before. */
    WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
    /** Runs one worker executes at once. Runs mostly wait on Customer.io, so this is well above the cores. */
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(50),
    /** With RUN_RETRY_BASE_MS, the older doubling schedule: attempts per run (see run-retry-schedule.ts). */
    RUN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).optional(),
    /** Conduit turns a zap off after this many failed runs in a row (0: never). */
    ZAP_PAUSE_AFTER_FAILURES: z.coerce.number().int().min(0).max(1000).default(10),
    /** Customer.io calls per second and connection, across all workers, so bursts never earn 429s. */
    CUSTOMERIO_RATE_LIMIT_PER_SECOND: z.coerce.number().int().min(1).max(10_000).default(100),
    /** The older doubling schedule: first retry delay, each next one doubles up to 10 minutes. */
    RUN_RETRY_BASE_MS: z.coerce.number().int().min(10).max(600_000).optional(),
    /** Delays before each retry ("30s,2m,10m,30m,1h,2h,4h,8h"); see lib/queue/run-retry-schedule.ts. */
    RUN_RETRY_SCHEDULE: retryScheduleSchema.optional(),
    /** After this many transient failures in a row, a connection is unavailable: its runs wait without using attempts. */
    CIRCUIT_BREAKER_THRESHOLD: z.coerce.number().int().min(1).max(1000).default(5),
    /** How long an unavailable connection's first probe waits; each failed probe doubles it, up to a minute. */
    CIRCUIT_BREAKER_PROBE_MS: z.coerce.number().int().min(10).max(60_000).default(5_000),
    /** How long a worker's claim on a run lasts without renewal: after a crash, the run waits this long. */
    RUN_LEASE_MS: z.coerce.number().int().min(300).max(3_600_000).default(30_000),
    /** How often the worker's sweeper looks for runs that missed the queue or whose worker died. */
    RUN_SWEEP_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
    /** How often the worker reads a sync-mode Stripe connection's new events (Events API); 60 s after ten quiet minutes. */
    STRIPE_SYNC_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5_000),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    /** Events (with their runs) older than this many days are deleted by the worker, hourly; 0 keeps them forever. */
    HISTORY_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(90),
    /** Where the Stripe API is, when not api.stripe.com (tests' stand-in, an egress proxy). */
    STRIPE_API_BASE: urlWithProtocol(["http:", "https:"]).optional(),
    /** Where Customer.io's Track and App APIs are for US connections, when not Customer.io's own hosts (tests, proxies). */
    CUSTOMERIO_TRACK_URL: urlWithProtocol(["http:", "https:"]).optional(),
    CUSTOMERIO_APP_URL: urlWithProtocol(["http:", "https:"]).optional(),
    /** The same for EU connections: the two above apply to US connections only, so an EU workspace never reaches a US URL. */
    CUSTOMERIO_TRACK_URL_EU: urlWithProtocol(["http:", "https:"]).optional(),
    CUSTOMERIO_APP_URL_EU: urlWithProtocol(["http:", "https:"]).optional(),
    /** Reverse proxies in front of the web server: a count (`1`) or their addresses/CIDRs; unset: X-Forwarded-For is ignored. */
    TRUST_PROXY: trustProxySchema.optional(),
    /** Where failure emails go out (smtp://user:pass@host:587, smtps:// for TLS); unset: they are logged. */
    SMTP_URL: urlWithProtocol(["smtp:", "smtps:"]).optional(),
    /** The From of failure emails; defaults to Conduit <conduit@APP_URL's host>. */
    MAIL_FROM: z
      .string()
      .trim()
      .regex(/^(?:[^<>@\s]+@[^<>@\s]+|[^<>]*<[^<>@\s]+@[^<>@\s]+>)$/, 'expected an address (conduit@example.com) or "Conduit <conduit@example.com>"')
      .optional(),
    /**
     * `1` only under `npm run demo`: the demo pages and one-click demo connections appear, and Stripe
     * connections create their webhook endpoint even on a local APP_URL (the stand-in reaches it).
     */
    CONDUIT_DEMO: z
      .enum(["0", "1"])
      .default("0")
      .transform((value) => value === "1"),
    /** The demo's control API (demo/start-demo-control.ts): makes Stripe events, lists what Customer.io received. */
    DEMO_CONTROL_URL: urlWithProtocol(["http:", "https:"]).optional(),
  })
  .superRefine((parsed, ctx) => {
    // Demo mode without its stand-ins would send the demo's keys to the real Stripe and Customer.io.
    if (!parsed.CONDUIT_DEMO) return;
    for (const name of [
      "DEMO_CONTROL_URL",
      "STRIPE_API_BASE",
      "CUSTOMERIO_TRACK_URL",
      "CUSTOMERIO_APP_URL",
      "CUSTOMERIO_TRACK_URL_EU",
      "CUSTOMERIO_APP_URL_EU",
    ] as const) {
      if (parsed[name] === undefined) ctx.addIssue({ code: "custom", path: [name], message: "is required when CONDUIT_DEMO=1" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee the environment table in README.md.`);
    this.name = "EnvError";
  }
}

/** Parses an environment; throws EnvError naming every missing or malformed variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      if (cleaned[name] === undefined)
        return issue.code === "custom" && issue.message.startsWith("is required") ? `${name} ${issue.message}` : `${name} is missing`;
      return `${name} is malformed: ${issue.message}`;
    }),
  );
}

let cached: Env | undefined;

/** The process environment, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
