"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { createUser, type SignUpInput, type SignUpResult } from "@/lib/auth/create-user";

export type SignUpActionResult = { ok: true } | Extract<SignUpResult, { ok: false }>;

/** Creates the account; the browser then signs in with the same credentials through next-auth. */
export async function signUpAction(input: SignUpInput): Promise<SignUpActionResult> {
  const result = await createUser({
    input: { name: String(input.name ?? ""), email: String(input.email ?? ""), password: String(input.password ?? "") },
    address: clientAddress(await headers()),
  });
  return result.ok ? { ok: true } : result;
}
