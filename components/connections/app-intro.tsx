const APPS = [
  {
    name: "Stripe",
    role: "Triggers",
    description: "Connect Stripe first: each zap starts from one of its events, such as a canceled subscription, a failed payment or a new dispute.",
  },
  {
    name: "Customer.io",
    role: "Actions",
    description: "Then connect Customer.io: zaps create or update people, track events and send transactional emails there.",
  },
];

/** What a user with no connections sees: which apps Conduit connects and in what order. */
export function AppIntro() {
  return (
    <section aria-labelledby="no-connections">
      <h2 id="no-connections" className="sr-only">
        No connections yet
      </h2>
      <p className="mb-4 text-sm text-slate-600">You have not connected any apps yet.</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {APPS.map((app) => (
          <li key={app.name} className="rounded-lg border border-slate-200 bg-white p-5">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{app.role}</p>
            <h3 className="mt-1 text-base font-semibold text-slate-900">{app.name}</h3>
            <p className="mt-2 text-sm text-slate-600">{app.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
