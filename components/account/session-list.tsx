"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { signOutOtherSessions, signOutSession } from "@/app/(dashboard)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";

export interface SessionRow {
  id: string;
  /** Already in the page's language: "Chrome on Linux". */
  device: string;
  userAgent: string;
  ipAddress: string;
  /** ISO 8601; shown in the viewer's time zone. */
  signedInAt: string;
  current: boolean;
}

export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string }>();
  const [pending, startTransition] = useTransition();
  const others = sessions.filter((session) => !session.current).length;

  function run(action: () => Promise<string>) {
    setMessage(undefined);
    startTransition(async () => {
      try {
        setMessage({ tone: "success", text: await action() });
      } catch {
        setMessage({ tone: "error", text: t("account.sessions.unreachable") });
      }
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <ul aria-label={t("account.sessions.listLabel")} className="divide-y divide-slate-100 rounded-md border border-slate-200">
        {sessions.map((session) => (
          <li
            key={session.id}
            aria-label={t("account.sessions.itemLabel", { device: session.device, address: session.ipAddress })}
            className="flex items-center justify-between gap-4 px-4 py-3"
          >
            <div className="min-w-0 text-sm">
              <p className="font-medium text-slate-900">
                {session.device}
                {session.current ? (
                  <span className="ml-2 rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-700">{t("account.sessions.thisBrowser")}</span>
                ) : null}
              </p>
              <p className="truncate text-slate-600" title={session.userAgent}>
                {t.rich("account.sessions.signedInAt", { address: session.ipAddress, when: () => <LocalTime iso={session.signedInAt} /> })}
              </p>
            </div>
            {session.current ? null : (
              <Button
                variant="secondary"
                disabled={pending}
                aria-label={t("account.sessions.signOutLabel", { device: session.device, address: session.ipAddress })}
                onClick={() =>
                  run(async () => {
                    const result = await signOutSession({ sessionId: session.id });
                    if (!result.ok) throw new Error(result.message);
                    return t("account.sessions.signedOut", { device: session.device });
                  })
                }
              >
                {t("account.sessions.signOut")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <Button
        variant="danger"
        disabled={pending || others === 0}
        onClick={() =>
          run(async () => {
            const { count } = await signOutOtherSessions();
            return t("account.sessions.signedOutOthers", { count });
          })
        }
      >
        {t("account.sessions.signOutOthers")}
      </Button>
    </div>
  );
}
