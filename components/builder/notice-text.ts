import type { BuilderNotice } from "@/components/builder/zap-draft-reducer";
import type { Translate } from "@/lib/i18n/translator";

/** The builder's notice in the user's language. */
export function noticeText(notice: BuilderNotice, t: Translate): string {
  if (!("kind" in notice)) return notice.text;
  switch (notice.kind) {
    case "publishRefused":
      return t("builder.notice.publishRefused", { count: notice.count });
    case "published":
      return t("builder.notice.published", { number: notice.number, intake: notice.intake });
    case "discarded":
      return t("builder.notice.discarded", { number: notice.number ?? "" });
  }
}
