import "server-only";
/**
 * The member's figures about their memory: the last evaluation of the schedulers on their reviews (made in the
 * background by fsrs-optimizer.ts: on a long history it is seconds of work, too much for a page view), predicted
 * recall per card and estimated knowledge per topic and per deck (stats/knowledge.ts). Every query is scoped to the member.
 */
import { getDb } from "@/app/_lib/db";
import { sqlOf } from "@/app/_lib/db-client";
import { studyDayOf } from "@/app/_lib/srs/study-day";
import { knowledgeByDeck, knowledgeByTopic, recallNow } from "@/app/_lib/stats/knowledge";
import { contentFor } from "./content-snapshot";
import { readStoredEvaluation, type StoredEvaluation } from "./json-columns";
import { loadReviewStates, stateOf } from "./review-store";
import { fittedParametersOf, type StudyUser } from "./study";
import { table } from "./typed-sql";

const users = table("User");

export async function storedEvaluation(userId: string): Promise<StoredEvaluation | null> {
  const row = await sqlOf(await getDb()).read((sql) => users.get(sql, ["fsrsEvaluation"], { id: userId }));
  return row?.fsrsEvaluation ? readStoredEvaluation(row.fsrsEvaluation, "User.fsrsEvaluation") : null;
}

/** Estimated knowledge by topic and by deck: the expected number of each one's cards the member would recall now. */
export async function knowledgeReport(user: StudyUser, now: Date) {
  const timeZone = user.timeZone ?? "UTC";
  const parameters = fittedParametersOf(user);
  const [content, db] = await Promise.all([contentFor(user.id), getDb()]);
  const { states } = await loadReviewStates(db, user.id, studyDayOf(now, timeZone));
  return {
    byTopic: knowledgeByTopic(content.topics, content.cards, states, parameters, now, timeZone),
    byDeck: knowledgeByDeck(content.decks, content.cards, states, parameters, now, timeZone),
  };
}

/** The member's chance of recalling one card now, or null if they have never graded it. */
export async function cardRecall(user: StudyUser, cardId: string, now: Date): Promise<number | null> {
  const state = await stateOf(await getDb(), user.id, { itemKind: "card", itemId: cardId });
  if (!state) return null;
  return recallNow(state, fittedParametersOf(user), now, user.timeZone ?? "UTC");
}
