import type { Translate } from "@/lib/i18n/translator";

/** "840 ms", "2.4 s", "3 min 5 s" ("2,4 s", "3 min e 5 s" in pt-BR); "—" when unknown. */
export function formatDuration(ms: number | null, t: Translate): string {
  if (ms === null) return "—";
  if (ms < 1_000) return t("common.duration.milliseconds", { ms });
  if (ms < 60_000) return t("common.duration.seconds", { seconds: Math.round(ms / 100) / 10 });
  return t("common.duration.minutes", { minutes: Math.floor(ms / 60_000), seconds: Math.round((ms % 60_000) / 1_000) });
}
