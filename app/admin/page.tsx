import type { Metadata } from "next";
import { requireAdmin } from "@/app/_lib/auth";
import { listInvites, listMembers } from "@/app/_lib/dal/admin";
import { signupMode } from "@/app/_lib/dal/accounts";
import { InviteForm, RemoveMemberForm, ResetLinkButton, RevokeInviteButton, RoleButton, SignupModeForm } from "./admin-forms";
import * as clock from "@/app/_lib/clock";
import { TableScroll } from "@/app/_components/table-scroll";

export const metadata: Metadata = { title: "Admin" };

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function inviteStatus(invite: { revokedAt: Date | null; expiresAt: Date; uses: number; maxUses: number }, now: Date) {
  if (invite.revokedAt) return "Revoked";
  if (invite.expiresAt <= now) return "Expired";
  if (invite.uses >= invite.maxUses) return "Used up";
  return "Active";
}

export default async function AdminPage() {
  const admin = await requireAdmin();
  const [mode, invites, members] = await Promise.all([signupMode(), listInvites(), listMembers()]);
  const now = await clock.now();

  return (
    <div className="page">
      <h1>Admin</h1>
      <p className="lede">Run your study group: who can join, invite links, members, other admins and password resets.</p>

      <section className="panel admin-section" aria-labelledby="signup-title">
        <h2 id="signup-title">Sign-up</h2>
        <SignupModeForm mode={mode} />
      </section>

      <section className="panel admin-section" aria-labelledby="invites-title">
        <h2 id="invites-title">Invite links</h2>
        <InviteForm />
        {invites.length > 0 && (
          <TableScroll label="Table of invite links">
            <table>
              <caption className="visually-hidden">Invite links</caption>
              <thead>
                <tr>
                  <th scope="col">Created</th>
                  <th scope="col">Expires (UTC)</th>
                  <th scope="col">Used</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {invites.map((invite) => {
                  const status = inviteStatus(invite, now);
                  return (
                    <tr key={invite.id}>
                      <td>{dateFormat.format(invite.createdAt)}</td>
                      <td>{dateFormat.format(invite.expiresAt)}</td>
                      <td>
                        {invite.uses} of {invite.maxUses}
                      </td>
                      <td>{status}</td>
                      <td>{status === "Active" && <RevokeInviteButton id={invite.id} />}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section className="panel admin-section" aria-labelledby="members-title">
        <h2 id="members-title">Members ({members.length})</h2>
        <ul className="member-list">
          {members.map((member) => (
            <li key={member.id} className="member">
              <div>
                <strong>{member.name}</strong> <span className="muted">{member.email}</span>
                {member.role === "admin" && <span className="badge">Admin</span>}
                {member.hiddenFromGroup && <span className="badge warm">Hidden from group</span>}
              </div>
              {member.id !== admin.id && (
                <div className="member-actions">
                  <RoleButton id={member.id} name={member.name} role={member.role === "admin" ? "admin" : "member"} />
                  {member.role !== "admin" && <ResetLinkButton id={member.id} name={member.name} />}
                  {member.role !== "admin" && <RemoveMemberForm id={member.id} name={member.name} />}
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section className="panel admin-section" aria-labelledby="backup-title">
        <h2 id="backup-title">Backups</h2>
        <p>
          A consistent copy of the whole database, taken online while members keep studying, and checked before you get it.
          From the command line on the server: <code>npm run backup</code>. The README says how to restore one.
        </p>
        <a className="button" href="/api/admin/backup" download>
          Download a backup
        </a>
      </section>
    </div>
  );
}
