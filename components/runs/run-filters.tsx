"use client";

import { useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { RUN_STATUS_LABELS } from "@/components/runs/run-status-badge";
import { RUN_STATUSES } from "@/lib/runs/schema";

export const FILTER_KEYS = ["zapId", "status", "mode", "origin", "from", "to"] as const;

/** The run history's filters, kept in the URL so a filtered view can be shared and survives a reload. */
export function RunFilters({ zaps }: { zaps: { id: string; name: string }[] }) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const active = FILTER_KEYS.some((key) => params.get(key));

  function set(key: (typeof FILTER_KEYS)[number], value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    const query = next.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  }

  return (
    <form
      role="search"
      aria-label={t("runs.filters.label")}
      onSubmit={(event) => event.preventDefault()}
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_1fr_auto] lg:items-end"
    >
      <SelectField
        label={t("runs.filters.zap")}
        value={params.get("zapId") ?? ""}
        onChange={(event) => set("zapId", event.target.value)}
        options={[{ value: "", label: t("runs.filters.allZaps") }, ...zaps.map((zap) => ({ value: zap.id, label: zap.name }))]}
      />
      <SelectField
        label={t("runs.filters.status")}
        value={params.get("status") ?? ""}
        onChange={(event) => set("status", event.target.value)}
        options={[{ value: "", label: t("runs.filters.anyStatus") }, ...RUN_STATUSES.map((status) => ({ value: status, label: t(RUN_STATUS_LABELS[status]) }))]}
      />
      <SelectField
        label={t("runs.filters.events")}
        value={params.get("mode") ?? ""}
        onChange={(event) => set("mode", event.target.value)}
        options={[
          { value: "", label: t("runs.filters.allEvents") },
          { value: "live", label: t("runs.filters.stripeEventsOnly") },
          { value: "test", label: t("runs.filters.testEventsOnly") },
        ]}
      />
      <SelectField
        label={t("runs.filters.origin")}
        value={params.get("origin") ?? ""}
        onChange={(event) => set("origin", event.target.value)}
        options={[
          { value: "", label: t("runs.filters.anyOrigin") },
          { value: "received", label: t("runs.filters.receivedOnly") },
          { value: "imported", label: t("runs.filters.importedOnly") },
        ]}
      />
      <TextField
        label={t("runs.filters.from")}
        type="date"
        value={params.get("from") ?? ""}
        max={params.get("to") ?? undefined}
        onChange={(event) => set("from", event.target.value)}
      />
      <TextField
        label={t("runs.filters.to")}
        type="date"
        value={params.get("to") ?? ""}
        min={params.get("from") ?? undefined}
        onChange={(event) => set("to", event.target.value)}
      />
      <button
        type="button"
        onClick={() => router.replace(pathname, { scroll: false })}
        disabled={!active}
        className="rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:invisible"
      >
        {t("runs.filters.clear")}
      </button>
    </form>
  );
}
