import { AppIcon } from "@/components/zaps/app-icon";
import type { FlowPart, ZapFlow as Flow } from "@/lib/zaps/describe-zap-flow";

/** "Trigger → step → step" with app icons; says what is missing while a zap is incomplete. */
export function ZapFlow({ flow }: { flow: Flow }) {
  return (
    <ol aria-label="Trigger and steps" className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-sm text-slate-700">
      <li className="flex items-center gap-1.5">{flow.trigger ? <Part part={flow.trigger} /> : <span className="text-slate-500">No trigger yet</span>}</li>
      {flow.steps.length === 0 ? (
        <li className="flex items-center gap-1.5">
          <Arrow />
          <span className="text-slate-500">No action yet</span>
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
  return (
    <span className="inline-flex items-center gap-1.5" title={part.appName}>
      <AppIcon app={part.app} size="sm" />
      <span>
        <span className="sr-only">{part.appName}: </span>
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
