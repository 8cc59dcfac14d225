"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";

export interface Notice {
  tone: "success" | "warning";
  message: string;
  /** What to do next, as a link in the notice (e.g. "Create a zap" once both apps are connected). */
  next?: { href: string; label: string };
}

interface NoticeState {
  notice: Notice | undefined;
  show(notice: Notice | undefined): void;
}

const NoticeContext = createContext<NoticeState>({ notice: undefined, show: () => {} });

/** What just happened on the Connections page (connected, deleted, a warning), shown by <NoticeArea />. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice>();
  return <NoticeContext.Provider value={{ notice, show: setNotice }}>{children}</NoticeContext.Provider>;
}

export function useShowNotice(): NoticeState["show"] {
  return useContext(NoticeContext).show;
}

export function NoticeArea() {
  const t = useTranslations();
  const { notice, show } = useContext(NoticeContext);
  const area = useRef<HTMLDivElement>(null);
  // Each new notice takes focus, so what just happened is where the user is. An effect, not a ref: it
  // runs after the dialog that reported it has closed (a closing modal dialog puts focus back itself).
  useEffect(() => {
    if (!notice) return;
    area.current?.scrollIntoView({ block: "nearest" });
    area.current?.focus();
  }, [notice]);
  if (!notice) return null;
  return (
    <div ref={area} tabIndex={-1} className="mb-6 flex items-start gap-2 focus:outline-none [&>div:first-child]:flex-1">
      <Alert tone={notice.tone}>
        {notice.message}
        {notice.next ? (
          <>
            {" "}
            <Link href={notice.next.href} className="font-medium underline">
              {notice.next.label}
            </Link>
          </>
        ) : null}
      </Alert>
      <button type="button" onClick={() => show(undefined)} className="rounded-md px-2 py-2 text-sm text-slate-600 hover:bg-slate-100">
        {t("connections.notice.dismiss")}
      </button>
    </div>
  );
}
