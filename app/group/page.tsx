import type { Metadata } from "next";
import { requireUser } from "../_lib/auth";
import { listGroupMembers } from "../_lib/dal/group";

export const metadata: Metadata = { title: "Study group" };

export default async function GroupPage() {
  const user = await requireUser("/group");
  const members = await listGroupMembers(user.id);
  return (
    <div className="page">
      <h1>Your study group</h1>
      <p className="lede">Everyone studying here. Progress figures arrive with reviews and quizzes. You can hide yourself in Settings.</p>
      <ul className="member-list panel" aria-label="Members">
        {members.map((member) => (
          <li key={member.id} className="member">
            <strong>{member.name}</strong>
            {member.id === user.id && <span className="badge">You{member.hiddenFromGroup ? " (hidden from others)" : ""}</span>}
            {member.role === "admin" && <span className="badge">Admin</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
