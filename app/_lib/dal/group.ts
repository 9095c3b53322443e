import "server-only";
import { getDb } from "../db";

/** The group as a member sees it: everyone who hasn't chosen to be hidden, and always the viewer. */
export async function listGroupMembers(viewerId: string) {
  const db = await getDb();
  return db.user.findMany({
    where: { OR: [{ hiddenFromGroup: false }, { id: viewerId }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true, hiddenFromGroup: true, createdAt: true },
  });
}
