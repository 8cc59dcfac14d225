"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { clientAddress } from "@/lib/auth/client-address";
import { createUser, type SignUpInput, type SignUpResult } from "@/lib/auth/create-user";
import { LOCALES } from "@/lib/i18n/locales";
import { setLocaleCookie } from "@/lib/i18n/set-locale-cookie";
import { requestLocale } from "@/lib/i18n/request-locale";

export type SignUpActionResult = { ok: true } | Extract<SignUpResult, { ok: false }>;

/** Creates the account; the browser then signs in with the same credentials through next-auth. */
export async function signUpAction(input: SignUpInput): Promise<SignUpActionResult> {
  const result = await createUser({
    input: { name: String(input.name ?? ""), email: String(input.email ?? ""), password: String(input.password ?? "") },
    address: clientAddress(await headers()),
    locale: await requestLocale(),
  });
  return result.ok ? { ok: true } : result;
}

/** The language switch of the signed-out pages: remembered in a cookie. */
export async function chooseLanguageAction(input: { locale: string }): Promise<{ ok: boolean }> {
  const parsed = z.object({ locale: z.enum(LOCALES) }).safeParse(input);
  if (!parsed.success) return { ok: false };
  await setLocaleCookie({ locale: parsed.data.locale });
  return { ok: true };
}
