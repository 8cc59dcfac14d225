// BENCH_BASELINE=<commit>: the same bench run measures that commit too, so every figure has a before
// and an after from one run (same machine, same database, same minute). The commit's files are
// extracted under .next-baseline/<commit> in the project, so that Node finds the project's
// node_modules by walking up; it gets this checkout's Prisma client and Next.js build (the bench
// drives the webhook fast path and the worker, which run from the baseline's own source files).
import { execFileSync } from "node:child_process";
import { cp, mkdir, rm, symlink } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "@/lib/database/project-root";

export interface Baseline {
  commit: string;
  dir: string;
}

export async function prepareBaseline({ revision, distDir }: { revision: string; distDir: string }): Promise<Baseline> {
  const root = projectRoot();
  let commit: string;
  try {
    commit = execFileSync("git", ["rev-parse", "--short", `${revision}^{commit}`], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    throw new Error(`BENCH_BASELINE=${revision} is not a commit of this repository.`);
  }
  // Named like a build directory: .gitignore, ESLint, Prettier and Vitest already skip .next-*.
  const dir = path.join(root, ".next-baseline", commit);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const archive = execFileSync("git", ["archive", commit], { cwd: root, maxBuffer: 1024 * 1024 * 1024 });
  execFileSync("tar", ["-x", "-f", "-", "-C", dir], { input: archive });
  await cp(path.join(root, "lib/generated"), path.join(dir, "lib/generated"), { recursive: true });
  await symlink(path.join(root, distDir), path.join(dir, distDir));
  return { commit, dir };
}
