"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/app/_lib/auth";
import { createInviteSchema, memberRoleSchema, recordIdSchema, removeMemberSchema, signupModeSchema } from "@/app/_lib/auth/schemas";
import { createInvite, createPasswordReset, removeMember, revokeInvite, setMemberRole, setSignupMode } from "@/app/_lib/dal/admin";
import { field, invalid, type FormState } from "./form-state";
import { now } from "@/app/_lib/clock";

// Every action checks the admin role itself: server actions are public endpoints.

export interface LinkState extends FormState {
  /** A freshly made link (invite or reset): shown once, never stored in clear. */
  link?: string;
}

export async function saveSignupMode(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const parsed = signupModeSchema.safeParse({ mode: field(formData, "mode") });
  if (!parsed.success) return invalid(parsed.error);
  await setSignupMode(parsed.data.mode);
  revalidatePath("/admin");
  return { ok: true, message: parsed.data.mode === "invite" ? "Sign-up is now invite-only." : "Anyone with the address can now sign up." };
}

export async function makeInvite(_previous: LinkState, formData: FormData): Promise<LinkState> {
  const admin = await requireAdmin();
  const parsed = createInviteSchema.safeParse({ days: field(formData, "days"), maxUses: field(formData, "maxUses") });
  if (!parsed.success) return invalid(parsed.error);
  const token = await createInvite(admin.id, parsed.data.days, parsed.data.maxUses, await now());
  revalidatePath("/admin");
  return { ok: true, message: "Invite link created. Copy it now: it is shown only once.", link: `/signup?invite=${token}` };
}

export async function cancelInvite(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const parsed = recordIdSchema.safeParse({ id: field(formData, "id") });
  if (!parsed.success) return invalid(parsed.error);
  const revoked = await revokeInvite(parsed.data.id, await now());
  revalidatePath("/admin");
  return revoked ? { ok: true, message: "Invite revoked." } : { ok: false, message: "That invite was already revoked or does not exist." };
}

export async function changeMemberRole(_previous: FormState, formData: FormData): Promise<FormState> {
  const admin = await requireAdmin();
  const parsed = memberRoleSchema.safeParse({ id: field(formData, "id"), role: field(formData, "role") });
  if (!parsed.success) return invalid(parsed.error);
  const result = await setMemberRole(admin.id, parsed.data.id, parsed.data.role);
  revalidatePath("/admin");
  if (result === "self") return { ok: false, message: "You can't change your own role: another admin can." };
  if (result === "missing") return { ok: false, message: "That member no longer exists." };
  return { ok: true, message: parsed.data.role === "admin" ? "Now an admin." : "No longer an admin." };
}

export async function deleteMember(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const parsed = removeMemberSchema.safeParse({ id: field(formData, "id"), confirmEmail: field(formData, "confirmEmail") });
  if (!parsed.success) return invalid(parsed.error);
  const result = await removeMember(parsed.data.id, parsed.data.confirmEmail);
  revalidatePath("/admin");
  switch (result) {
    case "removed":
      return { ok: true, message: "Member removed, with all their data." };
    case "mismatch":
      return { ok: false, errors: { confirmEmail: ["That is not this member's email."] }, message: "Nothing was removed." };
    case "admin":
      return { ok: false, message: "An admin can't be removed: take away their admin rights first." };
    default:
      return { ok: false, message: "That member no longer exists." };
  }
}

export async function makeResetLink(_previous: LinkState, formData: FormData): Promise<LinkState> {
  await requireAdmin();
  const parsed = recordIdSchema.safeParse({ id: field(formData, "id") });
  if (!parsed.success) return invalid(parsed.error);
  const token = await createPasswordReset(parsed.data.id, await now());
  if (!token) return { ok: false, message: "That member no longer exists." };
  return { ok: true, message: "Reset link created: pass it on to the member. It works once, for 24 hours.", link: `/reset/${token}` };
}
