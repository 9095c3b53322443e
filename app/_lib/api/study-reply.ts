import "server-only";
import type { StudyReply } from "@/app/_lib/api/endpoints";
import { studySnapshot, type StudyScope, type StudyUser } from "@/app/_lib/dal/study";

/** The member's fresh queue for the screen that asked (its topic or decks, and the texts it already holds). */
export async function studyReply(user: StudyUser, scope: StudyScope, now: Date): Promise<StudyReply> {
  return { snapshot: await studySnapshot(user, { topic: scope.topic, decks: scope.decks, have: scope.have }, now) };
}
