"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { createDraftZap } from "@/app/(dashboard)/zaps/[id]/actions";
import { Alert } from "@/components/ui/alert";

/** Asks for a new draft zap (prefilled from the link's template, trigger or step), then opens it in the builder. */
export function CreateZap({ template, trigger, step }: { template?: string; trigger?: string; step?: string }) {
  const router = useRouter();
  const started = useRef(false);
  const create = useMutation({
    mutationFn: createDraftZap,
    onSuccess: (result) => {
      if (result.ok) router.replace(`/zaps/${result.zapId}`);
    },
  });

  useEffect(() => {
    // Once per visit, even when React runs effects twice in development.
    if (started.current) return;
    started.current = true;
    create.mutate({ template, trigger, step });
  }, [create, template, trigger, step]);

  const failure = create.data && !create.data.ok ? create.data.message : create.isError ? "Conduit could not create the zap. Check your connection and reload the page." : null;
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      {failure ? (
        <Alert>
          {failure}{" "}
          <Link href="/zaps/new" className="font-medium underline">
            Start from scratch
          </Link>{" "}
          or{" "}
          <Link href="/templates" className="font-medium underline">
            pick a template
          </Link>
          .
        </Alert>
      ) : (
        <p role="status" className="text-sm text-slate-600">
          Creating your zap…
        </p>
      )}
    </div>
  );
}
