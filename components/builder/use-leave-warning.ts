"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

/** While `active`, asks before the page is closed or reloaded, or a link inside the app is followed. */
export function useLeaveWarning({ active }: { active: boolean }) {
  const t = useTranslations();
  const message = t("builder.leaveWarning");
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    // Client-side navigation does not fire beforeunload: catch clicks on links before Next.js does.
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || event.defaultPrevented || link.getAttribute("target") === "_blank") return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [active, message]);
}
