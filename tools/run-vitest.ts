import path from "node:path";
import { bin } from "@/tools/bin";
import { readJsonFile } from "@/tools/read-json-file";
import { readVitestCounts } from "@/tools/read-vitest-counts";
import { runCommand } from "@/tools/run-command";
import type { StageResult } from "@/tools/stage-result";

/** `vitest run` against the given servers: the usual reporter on the terminal, counts from a JSON file. */
export async function runVitest({
  adminUrl,
  redisUrl,
  scratchDir,
  signal,
}: {
  adminUrl: string;
  redisUrl: string;
  scratchDir: string;
  signal: AbortSignal;
}): Promise<StageResult> {
  const reportFile = path.join(scratchDir, "vitest.json");
  const { status, ms } = await runCommand({
    command: bin({ name: "vitest" }),
    args: ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportFile}`],
    env: { ...process.env, TEST_POSTGRES_ADMIN_URL: adminUrl, REDIS_URL: redisUrl },
    signal,
  });
  const counts = readVitestCounts({ report: await readJsonFile({ file: reportFile }), exitCode: status.code });
  return { name: "vitest", kind: "tests", status: counts.failed > 0 ? "failed" : "passed", ...counts, ms };
}
