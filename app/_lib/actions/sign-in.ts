"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authenticate, clientAddress } from "@/app/_lib/auth/authenticate";
import { signInSchema } from "@/app/_lib/auth/schemas";
import { startSession } from "@/app/_lib/auth/session-cookie";
import { safeReturnPath } from "@/app/_lib/safe-return-path";
import { field, invalid, type FormState } from "./form-state";
import { now } from "@/app/_lib/clock";

/**
 * The sign-in form's action. A server action, so the form posts (never a GET with the password in the URL)
 * even when it is submitted before the page's JavaScript has loaded, and the session starts in the reply.
 */
export async function signInWithPassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ email: field(formData, "email"), password: field(formData, "password") });
  if (!parsed.success) return invalid(parsed.error);
  const requestHeaders = await headers();
  const result = await authenticate(parsed.data, clientAddress((name) => requestHeaders.get(name)), await now());
  if (!result.ok) return { ok: false, message: result.message };
  await startSession(result.user);
  redirect(safeReturnPath(field(formData, "callbackUrl")));
}
