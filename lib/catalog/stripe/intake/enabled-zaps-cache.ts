// The web process's memory of which zaps each user has on (zap id + published version id), and of
// each version's compiled matcher. The list may be stale: record-stripe-event.ts sends the list it
// matched against with its write, and the database refuses the write when the list has changed.
// Versions never change once published, so their matchers never go stale.
import { LruMap } from "@/lib/cache/lru-map";
import { db } from "@/lib/db";
import { compileZapMatcher, type ZapMatcher } from "@/lib/catalog/stripe/intake/compile-zap-matcher";

export interface EnabledZap {
  zapId: string;
  versionId: string;
  matches: ZapMatcher;
}

/** "<zap id>:<version id>", sorted: the form the database compares (record-stripe-event.ts). */
export type EnabledZapKeys = string[];

const listsByUser = new LruMap<string, EnabledZap[]>(10_000);
const matchersByVersion = new LruMap<string, ZapMatcher>(50_000);

export function cachedEnabledZaps({ userId }: { userId: string }): EnabledZap[] {
  return listsByUser.get(userId) ?? [];
}

export function enabledZapKeys({ zaps }: { zaps: EnabledZap[] }): EnabledZapKeys {
  return zaps.map((zap) => `${zap.zapId}:${zap.versionId}`).sort();
}

/** Remembers the list the database reported, compiling the versions not seen before (one query). */
export async function rememberEnabledZaps({ userId, keys }: { userId: string; keys: EnabledZapKeys }): Promise<EnabledZap[]> {
  const pairs = keys.map((key) => {
    const [zapId = "", versionId = ""] = key.split(":");
    return { zapId, versionId };
  });
  const unknown = pairs.filter((pair) => !matchersByVersion.get(pair.versionId)).map((pair) => pair.versionId);
  if (unknown.length > 0) {
    const versions = await db.zapVersion.findMany({ where: { id: { in: unknown } }, select: { id: true, definition: true } });
    for (const version of versions) matchersByVersion.set(version.id, compileZapMatcher({ definition: version.definition }));
  }
  const zaps = pairs.flatMap((pair) => {
    const matches = matchersByVersion.get(pair.versionId);
    return matches ? [{ ...pair, matches }] : [];
  });
  listsByUser.set(userId, zaps);
  return zaps;
}
