import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

/** The Account page's Language setting: a language, or null to follow the browser's. */
export async function setUserLocale({ userId, locale }: { userId: string; locale: Locale | null }): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}
