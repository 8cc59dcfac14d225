import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/** What an operation on the list reports above it, with an optional link to follow up. */
export interface ZapNotice {
  tone?: "success" | "error";
  message: string;
  link?: { href: string; label: string };
}

export function ZapNoticeAlert({ notice }: { notice: ZapNotice }) {
  return (
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
  );
}
