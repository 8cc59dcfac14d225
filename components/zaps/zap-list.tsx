"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { requestProblem } from "@/components/runs/request-problem";
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
  const t = useTranslations();
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
      {query.isRefetchError ? <Alert tone="warning">{t("zaps.list.refreshFailed", { error: t(requestProblem(query.error)) })}</Alert> : null}
      {zaps.length === 0 ? (
        <EmptyState title={t("zaps.list.noneLeft.title")} action={<ButtonLink href="/zaps/new">{t("zaps.list.noneLeft.create")}</ButtonLink>}>
          {t.rich("zaps.list.noneLeft.body", {
            templates: (chunks) => (
              <Link href="/templates" className="font-medium text-brand-700 underline underline-offset-2">
                {chunks}
              </Link>
            ),
          })}
        </EmptyState>
      ) : (
        <>
          <form
            role="search"
            aria-label={t("zaps.list.search")}
            onSubmit={(event) => event.preventDefault()}
            className="flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between"
          >
            <div className="sm:w-96">
              <TextField
                label={t("zaps.list.search")}
                type="search"
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                placeholder={t("zaps.list.searchPlaceholder")}
              />
            </div>
            <p aria-live="polite" className="text-sm text-slate-500">
              {words.length > 0 ? t("zaps.list.matching", { shown: shown.length, count: zaps.length }) : t("zaps.list.count", { count: zaps.length })}
            </p>
          </form>
          {shown.length === 0 ? (
            <EmptyState
              title={t("zaps.list.noMatch.title")}
              action={
                <Button variant="secondary" onClick={() => setSearch("")}>
                  {t("zaps.list.noMatch.clear")}
                </Button>
              }
            >
              {t("zaps.list.noMatch.body", { search: search.trim() })}
            </EmptyState>
          ) : (
            <ul aria-label={t("zaps.list.label")} className="space-y-4">
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
