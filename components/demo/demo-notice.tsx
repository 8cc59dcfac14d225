import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";

/** Shown on the sign-up page under `npm run demo`. */
export function DemoNotice() {
  const t = useTranslations();
  return (
    <div className="mt-4">
      <Alert tone="info">
        {t.rich("demo.notice", {
          strong: (chunks) => <strong className="font-semibold">{chunks}</strong>,
          code: (chunks) => <code>{chunks}</code>,
        })}
      </Alert>
    </div>
  );
}
