"use server";

import { resetPasswordSchema } from "@/app/_lib/auth/schemas";
import { redeemPasswordReset } from "@/app/_lib/dal/admin";
import { field, invalid, type FormState } from "./form-state";
import { now } from "@/app/_lib/clock";

/** Signed out by design: the one-time token from the admin is the credential. */
export async function resetPassword(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = resetPasswordSchema.safeParse({
    token,
    newPassword: field(formData, "newPassword"),
    confirmPassword: field(formData, "confirmPassword"),
  });
  if (!parsed.success) return invalid(parsed.error);
  const done = await redeemPasswordReset(parsed.data.token, parsed.data.newPassword, await now());
  return done
    ? { ok: true, message: "Your password is set. Sign in with it now." }
    : { ok: false, message: "This reset link has expired or was already used. Ask the admin for a new one." };
}
