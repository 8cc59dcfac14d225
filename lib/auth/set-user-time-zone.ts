import { db } from "@/lib/db";
import { isTimeZone } from "@/lib/i18n/is-time-zone";

/** The Account page's Time zone setting: an IANA time zone, or null to follow the browser's. */
export async function setUserTimeZone({ userId, timeZone }: { userId: string; timeZone: string | null }): Promise<void> {
  if (timeZone !== null && !isTimeZone(timeZone)) throw new Error(`"${timeZone}" is not a time zone: choose one from the list, or the browser's.`);
  await db.user.update({ where: { id: userId }, data: { timeZone } });
}
