"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import { verifyPassword } from "@/app/_lib/auth/password";
import { endSession, startSession } from "@/app/_lib/auth/session-cookie";
import { changeNameSchema, changePasswordSchema, signUpSchema } from "@/app/_lib/auth/schemas";
import { createAccount, passwordHashOf, setPassword, SignUpRefused, updateProfile } from "@/app/_lib/dal/accounts";
import { field, invalid, type FormState } from "./form-state";
import { now } from "@/app/_lib/clock";

export async function signUp(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signUpSchema.safeParse({
    email: field(formData, "email"),
    name: field(formData, "name"),
    password: field(formData, "password"),
    invite: field(formData, "invite"),
    timeZone: field(formData, "timeZone"),
  });
  if (!parsed.success) return invalid(parsed.error);
  let account: Awaited<ReturnType<typeof createAccount>>;
  try {
    account = await createAccount(parsed.data, await now());
  } catch (error) {
    if (error instanceof SignUpRefused) return { ok: false, message: error.message };
    throw error;
  }
  // Signed in by the same reply, so a form posted before the page's JavaScript loaded completes the whole
  // flow too (a sign-in left to the client after the action was skipped then).
  await startSession(account);
  redirect("/");
}

export async function saveProfile(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = changeNameSchema.safeParse({ name: field(formData, "name"), hiddenFromGroup: formData.get("hiddenFromGroup") === "on" });
  if (!parsed.success) return invalid(parsed.error);
  await updateProfile(user.id, parsed.data);
  // The name shows in the header of every page.
  revalidatePath("/", "layout");
  return { ok: true, message: "Saved." };
}

export async function changePassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = changePasswordSchema.safeParse({
    currentPassword: field(formData, "currentPassword"),
    newPassword: field(formData, "newPassword"),
    confirmPassword: field(formData, "confirmPassword"),
  });
  if (!parsed.success) return invalid(parsed.error);
  if (!(await verifyPassword(await passwordHashOf(user.id), parsed.data.currentPassword))) {
    return { ok: false, message: "Please fix the highlighted fields.", errors: { currentPassword: ["That is not your current password."] } };
  }
  await setPassword(user.id, parsed.data.newPassword);
  // Every session of this account ends with the version bump; this one's cookie goes too, and sign-in says why.
  await endSession();
  redirect("/signin?notice=password-changed");
}
