"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";

/** What an operation on the list reports above it, with an optional link to follow up. */
export interface ZapNotice {
  tone?: "success" | "error";
  message: string;
  link?: { href: string; label: string };
}

/** Scrolled into view and focused at each new notice: the button that caused it may be far down the list. */
export function ZapNoticeAlert({ notice }: { notice: ZapNotice }) {
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    area.current?.scrollIntoView({ block: "nearest" });
    area.current?.focus();
  }, [notice]);
  return (
    <div ref={area} tabIndex={-1} className="scroll-mt-4 focus:outline-none">
      <Alert tone={notice.tone ?? "success"}>
        {notice.message}
        {notice.link ? (
          <>
            {" "}
            <Link href={notice.link.href} className="font-medium underline underline-offset-2">
              {notice.link.label}
            </Link>
          </>
        ) : null}
      </Alert>
    </div>
  );
}
