import path from "node:path";
import { projectRoot } from "@/lib/database/project-root";

/** Path of an installed package's executable, e.g. bin({ name: "next" }). */
export function bin({ name }: { name: string }): string {
  return path.join(projectRoot(), "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
}
