"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { signOutOtherSessions, signOutSession } from "@/app/(dashboard)/account/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/components/ui/format-date";

export interface SessionRow {
  id: string;
  device: string;
  userAgent: string;
  ipAddress: string;
  createdAt: string;
  current: boolean;
}

export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string }>();
  const [pending, startTransition] = useTransition();
  const others = sessions.filter((session) => !session.current).length;

  function run(action: () => Promise<string>) {
    setMessage(undefined);
    startTransition(async () => {
      try {
        setMessage({ tone: "success", text: await action() });
      } catch (error) {
        setMessage({ tone: "error", text: error instanceof Error ? error.message : "Conduit could not be reached. Try again." });
      }
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <ul aria-label="Sessions" className="divide-y divide-slate-100 rounded-md border border-slate-200">
        {sessions.map((session) => (
          <li key={session.id} aria-label={`${session.device} from ${session.ipAddress}`} className="flex items-center justify-between gap-4 px-4 py-3">
            <div className="min-w-0 text-sm">
              <p className="font-medium text-slate-900">
                {session.device}
                {session.current ? <span className="ml-2 rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-700">This browser</span> : null}
              </p>
              <p className="truncate text-slate-600" title={session.userAgent}>
                {session.ipAddress} · signed in {formatDateTime(new Date(session.createdAt))}
              </p>
            </div>
            {session.current ? null : (
              <Button
                variant="secondary"
                disabled={pending}
                aria-label={`Sign out ${session.device} from ${session.ipAddress}`}
                onClick={() =>
                  run(async () => {
                    const result = await signOutSession({ sessionId: session.id });
                    if (!result.ok) throw new Error(result.message);
                    return `Signed out ${session.device}.`;
                  })
                }
              >
                Sign out
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
            return count === 1 ? "Signed out 1 other session." : `Signed out ${count} other sessions.`;
          })
        }
      >
        Sign out everywhere else
      </Button>
    </div>
  );
}
