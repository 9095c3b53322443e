import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/app/_lib/db";
import { hashPassword } from "@/app/_lib/auth/password";
import { tokenHash } from "./accounts";

// Group administration. Callers must have checked requireAdmin(); these functions trust that and nothing else:
// every id they receive is looked up again and must belong to this group's data.

const newToken = () => randomBytes(24).toString("base64url");
export const RESET_LINK_HOURS = 24;

export async function setSignupMode(mode: "open" | "invite") {
  const db = await getDb();
  await db.groupSettings.upsert({ where: { id: "group" }, create: { signupMode: mode }, update: { signupMode: mode } });
}

/** Creates an invite and returns its token: shown once, stored only as a hash. */
export async function createInvite(createdById: string, days: number, maxUses: number, now: Date) {
  const db = await getDb();
  const token = newToken();
  await db.invite.create({
    data: { tokenHash: tokenHash(token), createdById, maxUses, expiresAt: new Date(now.getTime() + days * 86_400_000) },
  });
  return token;
}

export async function revokeInvite(inviteId: string, now: Date) {
  const db = await getDb();
  const { count } = await db.invite.updateMany({ where: { id: inviteId, revokedAt: null }, data: { revokedAt: now } });
  return count > 0;
}

export async function listInvites() {
  const db = await getDb();
  return db.invite.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, expiresAt: true, maxUses: true, uses: true, revokedAt: true, createdAt: true, createdBy: { select: { name: true } } },
  });
}

export async function listMembers() {
  const db = await getDb();
  return db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, email: true, role: true, hiddenFromGroup: true, createdAt: true },
  });
}

/**
 * Gives a member admin rights, or takes them from another admin. An admin can't change their own role here, so the
 * acting admin always remains one and the group is never left without an admin.
 */
export async function setMemberRole(actingAdminId: string, memberId: string, role: "admin" | "member") {
  if (memberId === actingAdminId) return "self" as const;
  const db = await getDb();
  const { count } = await db.user.updateMany({ where: { id: memberId }, data: { role } });
  return count > 0 ? ("changed" as const) : ("missing" as const);
}

/** Removes a member and, through the schema's cascades, everything that is theirs. Admins can't be removed. */
export async function removeMember(memberId: string, confirmEmail: string) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const member = await tx.user.findUnique({ where: { id: memberId }, select: { email: true, role: true } });
    if (!member) return "missing" as const;
    if (member.role === "admin") return "admin" as const;
    if (member.email !== confirmEmail.trim().toLowerCase()) return "mismatch" as const;
    await tx.user.delete({ where: { id: memberId } });
    return "removed" as const;
  });
}

/** A one-time reset link token for a member, valid for a day; earlier unused links for them stop working. */
export async function createPasswordReset(memberId: string, now: Date) {
  const db = await getDb();
  const token = newToken();
  return db.$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: memberId }, select: { id: true } }))) return null;
    await tx.passwordReset.updateMany({ where: { userId: memberId, usedAt: null }, data: { usedAt: now } });
    await tx.passwordReset.create({
      data: { userId: memberId, tokenHash: tokenHash(token), expiresAt: new Date(now.getTime() + RESET_LINK_HOURS * 3_600_000) },
    });
    return token;
  });
}

/** Whether a reset token can still be used (for showing the form). */
export async function resetTokenIsLive(token: string, now: Date) {
  const db = await getDb();
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: tokenHash(token) }, select: { usedAt: true, expiresAt: true } });
  return Boolean(reset && !reset.usedAt && reset.expiresAt > now);
}

/**
 * Uses a reset token: sets the password and ends the member's sessions, once. The token is claimed with a
 * conditional update, so two submissions of the same link can't both succeed.
 */
export async function redeemPasswordReset(token: string, newPassword: string, now: Date) {
  const db = await getDb();
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.findUnique({ where: { tokenHash: tokenHash(token) }, select: { id: true, userId: true } });
    if (!reset) return false;
    const claimed = await tx.passwordReset.updateMany({
      where: { id: reset.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) return false;
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await tx.signInFailure.deleteMany({ where: { email: (await tx.user.findUniqueOrThrow({ where: { id: reset.userId } })).email } });
    return true;
  });
}
