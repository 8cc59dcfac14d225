import Link from "next/link";

interface Step {
  title: string;
  description: string;
  done: boolean;
  href?: string;
  cta: string;
}

/** The first-run checklist: what a new user does, in order, with the next step highlighted. */
export function GettingStarted({ hasStripe, hasCustomerio }: { hasStripe: boolean; hasCustomerio: boolean }) {
  const steps: Step[] = [
    {
      title: "Connect Stripe",
      description: "Conduit listens to your Stripe account's events: cancellations, failed payments, disputes and more.",
      done: hasStripe,
      href: "/connections?connect=stripe",
      cta: "Connect Stripe",
    },
    {
      title: "Connect Customer.io",
      description: "Conduit updates people, tracks events and sends transactional emails in your Customer.io workspace.",
      done: hasCustomerio,
      href: "/connections?connect=customerio",
      cta: "Connect Customer.io",
    },
    {
      title: "Create your first zap",
      description: "Pick a Stripe event, pick a Customer.io action, map the fields, and turn it on. Or start from a ready-made template.",
      done: false,
      href: "/zaps/new",
      cta: "Create your first zap",
    },
  ];
  const next = steps.findIndex((step) => !step.done);

  return (
    <section aria-labelledby="getting-started" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="getting-started" className="text-base font-semibold text-slate-900">
        Get your first automation running
      </h2>
      <p className="mt-1 text-sm text-slate-600">You have no zaps yet. Three steps and your Stripe events start working for you.</p>
      <ol className="mt-6 space-y-4">
        {steps.map((step, index) => (
          <li key={step.title} className="flex gap-4">
            <span
              aria-hidden="true"
              className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold ${
                step.done ? "bg-emerald-100 text-emerald-700" : index === next ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-500"
              }`}
            >
              {step.done ? "✓" : index + 1}
            </span>
            <div className="min-w-0 flex-1">
              <h3 className="text-sm font-medium text-slate-900">
                {step.title}
                {step.done ? <span className="sr-only"> (done)</span> : null}
              </h3>
              <p className="mt-0.5 text-sm text-slate-600">{step.description}</p>
              {index === next && step.href ? (
                <Link href={step.href} className="mt-2 inline-block text-sm font-medium text-brand-600 hover:text-brand-700">
                  {step.cta} →
                </Link>
              ) : null}
              {index === next && step.href === "/zaps/new" ? (
                <Link href="/templates" className="ml-4 mt-2 inline-block text-sm font-medium text-brand-600 hover:text-brand-700">
                  Browse templates →
                </Link>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
