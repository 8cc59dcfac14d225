import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * The best of Conduit's languages for an Accept-Language header ("pt-PT,pt;q=0.9,en;q=0.8"): the
 * browser's tags by preference, each matched exactly, else by language ("pt", "pt-PT" → pt-BR);
 * the default language when none matches.
 */
export function negotiateLocale({ acceptLanguage }: { acceptLanguage: string | null | undefined }): Locale {
  const wanted = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim().toLowerCase(), quality: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, quality }) => tag && tag !== "*" && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of wanted) {
    const exact = LOCALES.find((locale) => locale.toLowerCase() === tag);
    if (exact) return exact;
    const language = tag.split("-")[0];
    const sameLanguage = LOCALES.find((locale) => locale.toLowerCase().split("-")[0] === language);
    if (sameLanguage) return sameLanguage;
  }
  return DEFAULT_LOCALE;
}
