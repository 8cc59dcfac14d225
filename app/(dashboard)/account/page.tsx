import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SessionList } from "@/components/account/session-list";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { describeUserAgent } from "@/lib/auth/describe-user-agent";
import { listSessions } from "@/lib/auth/list-sessions";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser();
  const sessions = await listSessions({ userId: user.id, currentSessionId: user.sessionId });
  return (
    <>
      <PageHeader title="Account" description={`Signed in as ${user.email}.`} />
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="password-heading" className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="password-heading" className="text-lg font-semibold text-slate-900">
            Change password
          </h2>
          <p className="mt-1 text-sm text-slate-600">Every other browser signed in to your account is signed out; this one stays signed in.</p>
          <div className="mt-4">
            <ChangePasswordForm />
          </div>
        </section>
        <section aria-labelledby="sessions-heading" className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="sessions-heading" className="text-lg font-semibold text-slate-900">
            Signed-in sessions
          </h2>
          <p className="mt-1 text-sm text-slate-600">Sign out any browser you do not recognise, then change your password.</p>
          <div className="mt-4">
            <SessionList
              sessions={sessions.map((session) => ({
                id: session.id,
                device: describeUserAgent(session.userAgent),
                userAgent: session.userAgent ?? "",
                ipAddress: session.ipAddress ?? "unknown",
                createdAt: session.createdAt.toISOString(),
                current: session.current,
              }))}
            />
          </div>
        </section>
      </div>
    </>
  );
}
