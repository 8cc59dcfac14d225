"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { saveDraft } from "@/app/(dashboard)/zaps/[id]/actions";
import type { SaveZapDraftResult } from "@/lib/zaps/save-zap-draft";
import type { ZapDefinition } from "@/lib/zaps/schema";

export type AutosaveStatus = "saved" | "pending" | "saving" | "error";

const DELAY_MS = 700;

/**
 * Saves the draft a moment after each change, one save at a time, always the latest state.
 * flush() saves now and resolves once everything typed so far is stored (false if it failed).
 *
 * A new zap (`isNew`, /zaps/new) does not exist until its first save, which creates it under
 * `zapId`: that happens at the first change, or at a flush (a test or publish needs the zap).
 * Opening the builder saves nothing. Saves run one at a time, so a double click or quick
 * successive changes send one creating save; the server also creates at most one zap per id.
 */
export function useAutosave({
  zapId,
  isNew = false,
  name,
  definition,
  onSaved,
  onCreated,
}: {
  zapId: string;
  isNew?: boolean;
  name: string;
  definition: ZapDefinition;
  onSaved: (result: Extract<SaveZapDraftResult, { ok: true }>) => void;
  /** After the first save of a new zap stored it. */
  onCreated?: () => void;
}) {
  const t = useTranslations();
  const [status, setStatus] = useState<AutosaveStatus>("saved");
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ name, definition });
  const savedJson = useRef(JSON.stringify({ name, definition }));
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const exists = useRef(!isNew);
  const onSavedRef = useRef(onSaved);
  const onCreatedRef = useRef(onCreated);
  useEffect(() => {
    onSavedRef.current = onSaved;
    onCreatedRef.current = onCreated;
  }, [onSaved, onCreated]);

  const saveNow = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (inFlight.current) await inFlight.current;
    const snapshot = latest.current;
    const json = JSON.stringify(snapshot);
    if (json === savedJson.current && exists.current) {
      setStatus("saved");
      return true;
    }
    setStatus("saving");
    const attempt = (async () => {
      try {
        const create = !exists.current;
        const result = await saveDraft({ zapId, name: snapshot.name, definition: snapshot.definition, ...(create ? { create } : {}) });
        if (!result.ok) {
          setError(result.message);
          setStatus("error");
          return false;
        }
        savedJson.current = json;
        exists.current = true;
        if (create) onCreatedRef.current?.();
        setError(null);
        onSavedRef.current(result);
        setStatus(JSON.stringify(latest.current) === json ? "saved" : "pending");
        return true;
      } catch {
        setError(t("builder.autosave.unreachable"));
        setStatus("error");
        return false;
      }
    })();
    inFlight.current = attempt;
    const ok = await attempt;
    inFlight.current = null;
    return ok;
  }, [zapId, t]);

  useEffect(() => {
    latest.current = { name, definition };
    if (JSON.stringify(latest.current) === savedJson.current) return;
    setStatus((current) => (current === "saving" ? current : "pending"));
    if (timer.current) clearTimeout(timer.current);
    // After a failure, keep trying (backing off up to 30 s) rather than leave the work unsaved.
    const attempt = (delay: number) => {
      timer.current = setTimeout(() => {
        void saveNow().then((ok) => {
          if (!ok) attempt(Math.min(delay * 2, 30_000));
        });
      }, delay);
    };
    attempt(DELAY_MS);
  }, [name, definition, saveNow]);

  /** Saves whatever is pending and resolves with whether the server has all of it. */
  const flush = useCallback(async () => {
    const ok = await saveNow();
    return ok && JSON.stringify(latest.current) === savedJson.current;
  }, [saveNow]);

  /** After the server replaced the draft (discard), so that is not treated as an unsaved change. */
  const markSaved = useCallback((saved: { name: string; definition: ZapDefinition }) => {
    savedJson.current = JSON.stringify(saved);
  }, []);

  return { status, error, flush, markSaved };
}
