import { useTranslations } from "next-intl";
import { AppIcon } from "@/components/zaps/app-icon";
import type { FlowPart, ZapFlow as Flow } from "@/lib/zaps/describe-zap-flow";

/** "Trigger → step → step" with app icons; says what is missing while a zap is incomplete. */
export function ZapFlow({ flow }: { flow: Flow }) {
  const t = useTranslations();
  return (
    <ol aria-label={t("zaps.flow.label")} className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-slate-700">
      <li className="flex items-center gap-1.5">
        {flow.trigger ? <Part part={flow.trigger} /> : <span className="text-slate-500">{t("zaps.flow.noTrigger")}</span>}
      </li>
      {flow.steps.length === 0 ? (
        <li className="flex items-center gap-1.5">
          <Arrow />
          <span className="text-slate-500">{t("zaps.flow.noAction")}</span>
        </li>
      ) : (
        flow.steps.map((step, index) => (
          <li key={`${index}-${step.app}.${step.key}`} className="flex items-center gap-1.5">
            <Arrow />
            <Part part={step} />
          </li>
        ))
      )}
    </ol>
  );
}

function Part({ part }: { part: FlowPart }) {
  const t = useTranslations();
  return (
    <span className="inline-flex items-center gap-1.5" title={part.appName}>
      <AppIcon app={part.app} size="sm" />
      <span>
        <span className="sr-only">{t("zaps.flow.app", { app: part.appName })} </span>
        {part.name}
      </span>
    </span>
  );
}

function Arrow() {
  return (
    <span aria-hidden="true" className="text-slate-400">
      →
    </span>
  );
}
