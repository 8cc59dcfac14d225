import type { Locale } from "@/lib/i18n/locales";
import { listRuns } from "@/lib/runs/list-runs";
import { RUN_PAGE_SIZE, type RunListQuery, type RunPage } from "@/lib/runs/schema";

/** One page of the run history (newest first) and the cursor of the next, older page. */
export async function listRunPage({
  userId,
  query,
  pageSize = RUN_PAGE_SIZE,
  locale,
}: {
  userId: string;
  query: RunListQuery;
  pageSize?: number;
  locale?: Locale;
}): Promise<RunPage> {
  const { cursor, ...filters } = query;
  const runs = await listRuns({ userId, filters, before: cursor, limit: pageSize + 1, locale });
  const page = runs.slice(0, pageSize);
  const last = page.at(-1);
  return { runs: page, nextCursor: runs.length > pageSize && last ? `${last.createdAt}_${last.id}` : null };
}
