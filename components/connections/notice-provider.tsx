"use client";

import { createContext, useContext, useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";

export interface Notice {
  tone: "success" | "warning";
  message: string;
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
  const { notice, show } = useContext(NoticeContext);
  if (!notice) return null;
  return (
    <div className="mb-6 flex items-start gap-2 [&>div:first-child]:flex-1">
      <Alert tone={notice.tone}>{notice.message}</Alert>
      <button type="button" onClick={() => show(undefined)} className="rounded-md px-2 py-2 text-sm text-slate-600 hover:bg-slate-100">
        Dismiss
      </button>
    </div>
  );
}
