import "server-only";
import { createHash } from "node:crypto";
import { getDb } from "@/app/_lib/db";
import { sqlOf } from "@/app/_lib/db-client";
import type { SignUpInput } from "@/app/_lib/auth/schemas";
import { hashPassword } from "@/app/_lib/auth/password";
import { WINDOW_MS } from "@/app/_lib/auth/rate-limit";
import { boolOf, table, type Column } from "./typed-sql";

// Account data. Every function that reads or changes a member's data takes that member's id from the
// verified session (requireUser), never from the request.

export class SignUpRefused extends Error {}

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("base64url");

/**
 * Creates an account. The first account becomes the admin; later ones need open sign-up or a live invite.
 * One transaction, so two people signing up at once can't both become admin or overdraw an invite.
 */
export async function createAccount(input: SignUpInput, now: Date) {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new SignUpRefused("An account with that email already exists. Sign in instead, or ask the admin for a reset link.");
    }
    const isFirst = (await tx.user.count()) === 0;
    if (!isFirst) {
      const settings = await tx.groupSettings.findUnique({ where: { id: "group" } });
      const inviteOnly = settings?.signupMode === "invite";
      if (input.invite) {
        const invite = await tx.invite.findUnique({ where: { tokenHash: tokenHash(input.invite) } });
        if (!invite || invite.revokedAt || invite.expiresAt <= now || invite.uses >= invite.maxUses) {
          throw new SignUpRefused("This invite link has expired or been used up. Ask the admin for a new one.");
        }
        await tx.invite.update({ where: { id: invite.id }, data: { uses: { increment: 1 } } });
      } else if (inviteOnly) {
        throw new SignUpRefused("This group is invite-only. Ask the admin for an invite link.");
      }
    }
    return tx.user.create({
      data: { email: input.email, name: input.name, passwordHash, role: isFirst ? "admin" : "member", timeZone: input.timeZone ?? null },
      select: { id: true, role: true, sessionVersion: true },
    });
  });
}

export async function findUserForSignIn(email: string) {
  const db = await getDb();
  return db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, sessionVersion: true },
  });
}

/** Recent failures for the account, and for the address when it is known. */
export async function recentSignInFailures(email: string, address: string | null, now: Date) {
  const db = await getDb();
  const since = new Date(now.getTime() - WINDOW_MS);
  const [byEmail, byAddress] = await Promise.all([
    db.signInFailure.findMany({ where: { email, at: { gt: since } }, select: { at: true } }),
    address ? db.signInFailure.findMany({ where: { address, at: { gt: since } }, select: { at: true } }) : null,
  ]);
  return { byEmail: byEmail.map((f) => f.at), byAddress: byAddress?.map((f) => f.at) ?? null };
}

export async function recordSignInFailure(email: string, address: string | null, now: Date) {
  const db = await getDb();
  // Old rows are useless for the window: drop them as we go so the table stays small.
  await db.$transaction([
    db.signInFailure.deleteMany({ where: { at: { lt: new Date(now.getTime() - WINDOW_MS) } } }),
    db.signInFailure.create({ data: { email, address: address ?? "", at: now } }),
  ]);
}

export async function clearSignInFailures(email: string) {
  const db = await getDb();
  await db.signInFailure.deleteMany({ where: { email } });
}

const users = table("User");
/** The session's user as stored now. */
const SESSION_USER_COLUMNS = [
  "id",
  "email",
  "name",
  "role",
  "hiddenFromGroup",
  "sessionVersion",
  "timeZone",
  "newPerDay",
  "reviewsPerDay",
  "newCardOrder",
  "scheduler",
  "desiredRetention",
  "fsrsParameters",
  "examDate",
  "cramDays",
  "extraNew",
  "extraNewDay",
  "historyVersion",
] as const satisfies readonly Column<"User">[];

/**
 * The member behind a session, if the session is still valid (null when the account is gone or its sessions
 * were ended). Every request runs this, so it is one prepared statement rather than a Prisma query (see sqlOf).
 */
export async function sessionUser(userId: string, sessionVersion: number) {
  const row = await sqlOf(await getDb()).read((sql) => users.get(sql, SESSION_USER_COLUMNS, { id: userId }));
  return row && row.sessionVersion === sessionVersion ? { ...row, hiddenFromGroup: boolOf(row.hiddenFromGroup) } : null;
}

export async function updateProfile(userId: string, data: { name: string; hiddenFromGroup: boolean }) {
  const db = await getDb();
  await db.user.update({ where: { id: userId }, data });
}

export async function passwordHashOf(userId: string) {
  const db = await getDb();
  return (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash;
}

/** Sets a new password and ends every session of the account (they carry the old sessionVersion). */
export async function setPassword(userId: string, newPassword: string) {
  const db = await getDb();
  const passwordHash = await hashPassword(newPassword);
  await db.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
}

/** The stored sign-up setting. (Before the first account exists, sign-up is open regardless: see createAccount.) */
export async function signupMode(): Promise<"open" | "invite"> {
  const db = await getDb();
  const settings = await db.groupSettings.findUnique({ where: { id: "group" } });
  return settings?.signupMode === "invite" ? "invite" : "open";
}

export async function hasAnyAccount() {
  const db = await getDb();
  return (await db.user.count()) > 0;
}
