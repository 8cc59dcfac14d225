"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { fetchJson } from "@/components/runs/fetch-json";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { TextField } from "@/components/ui/text-field";
import { ZapCard } from "@/components/zaps/zap-card";
import { ZapNoticeAlert, type ZapNotice } from "@/components/zaps/zap-notice";
import type { ZapSummary } from "@/lib/zaps/list-zaps";

// Last runs change while the page is open; a slow refresh keeps them current without a reload.
const REFRESH_MS = 30_000;

const matches = (zap: ZapSummary, words: string[]) => {
  const text = [zap.name, zap.flow.trigger?.name, zap.flow.trigger?.appName, ...zap.flow.steps.flatMap((step) => [step.name, step.appName])]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
  return words.every((word) => text.includes(word));
};

/** The user's zaps with search; every change is made in place and the list refetched. */
export function ZapList({ initialZaps }: { initialZaps: ZapSummary[] }) {
  const [search, setSearch] = useState("");
  const [notice, setNotice] = useState<ZapNotice>();
  const query = useQuery({
    queryKey: ["zaps"],
    queryFn: () => fetchJson<ZapSummary[]>("/api/zaps"),
    initialData: initialZaps,
    refetchInterval: REFRESH_MS,
    refetchIntervalInBackground: false,
  });
  const zaps = query.data;
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = words.length > 0 ? zaps.filter((zap) => matches(zap, words)) : zaps;

  return (
    <div className="space-y-4">
      <div aria-live="polite" className="empty:hidden">
        {notice ? <ZapNoticeAlert notice={notice} /> : null}
      </div>
      {query.isRefetchError ? <Alert tone="warning">Conduit could not refresh your zaps: {query.error.message}</Alert> : null}
      {zaps.length === 0 ? (
        <EmptyState title="No zaps left" action={<ButtonLink href="/zaps/new">Create a zap</ButtonLink>}>
          Create a zap from scratch, or start from one of the <Link href="/templates" className="font-medium text-brand-700 underline underline-offset-2">templates</Link>.
        </EmptyState>
      ) : (
        <>
          <form role="search" aria-label="Search zaps" onSubmit={(event) => event.preventDefault()} className="flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
            <div className="sm:w-96">
              <TextField
                label="Search zaps"
                type="search"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                placeholder="Name, trigger or action"
              />
            </div>
            <p aria-live="polite" className="text-sm text-slate-500">
              {words.length > 0 ? `${shown.length} of ${zaps.length} zaps match.` : `${zaps.length} zap${zaps.length === 1 ? "" : "s"}.`}
            </p>
          </form>
          {shown.length === 0 ? (
            <EmptyState title="No zaps match your search" action={<Button variant="secondary" onClick={() => setSearch("")}>Clear the search</Button>}>
              Nothing in the names, triggers or actions of your zaps contains “{search.trim()}”.
            </EmptyState>
          ) : (
            <ul aria-label="Zaps" className="space-y-4">
              {shown.map((zap) => (
                <ZapCard key={zap.id} zap={zap} onNotice={setNotice} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
