import "server-only";
/**
 * The member's figures about their memory: which scheduler predicts them best (srs/evaluate.ts), predicted
 * recall per card and estimated knowledge per topic (stats/knowledge.ts). Every query is scoped to the member.
 */
import { getDb } from "@/app/_lib/db";
import { sqlOf } from "@/app/_lib/db-client";
import { evaluate, trainingReviewCount, MIN_TRAINING_REVIEWS, type Evaluation } from "@/app/_lib/srs/evaluate";
import { studyDayOf } from "@/app/_lib/srs/study-day";
import { knowledgeByTopic, recallNow } from "@/app/_lib/stats/knowledge";
import { getContentSnapshot } from "./content-snapshot";
import { readStoredEvaluation, type StoredEvaluation } from "./json-columns";
import { loadReviewStates, reviewHistory, stateOf } from "./review-store";
import { fittedParametersOf, type StudyUser } from "./study";
import { table } from "./typed-sql";

const users = table("User");

type Member = StudyUser & { historyVersion: number };

export interface SchedulerComparison {
  /** From the last optimization (all three models, on the same reviews), else worked out now without FSRS fitted. */
  evaluation: Evaluation;
  fitted: Pick<StoredEvaluation, "reviews" | "at"> | null;
  /** How many more reviews optimizing needs; 0 when it can run. */
  reviewsToOptimize: number;
}

// Worked out from the whole log: kept per member while their history is unchanged.
const live = new Map<string, { version: number; evaluation: Evaluation; training: number }>();

export async function storedEvaluation(userId: string): Promise<StoredEvaluation | null> {
  const row = await sqlOf(await getDb()).read((sql) => users.get(sql, ["fsrsEvaluation"], { id: userId }));
  return row?.fsrsEvaluation ? readStoredEvaluation(row.fsrsEvaluation, "User.fsrsEvaluation") : null;
}

export async function schedulerComparison(user: Member): Promise<SchedulerComparison> {
  const db = await getDb();
  const stored = await storedEvaluation(user.id);
  let entry = live.get(user.id);
  if (!entry || entry.version !== user.historyVersion) {
    const history = await reviewHistory(db, user.id);
    entry = { version: user.historyVersion, evaluation: evaluate(history, null), training: trainingReviewCount(history) };
    if (live.size >= 1_000) live.clear();
    live.set(user.id, entry);
  }
  const reviewsToOptimize = Math.max(0, MIN_TRAINING_REVIEWS - entry.training);
  if (stored) {
    const { reviews, at, ...evaluation } = stored;
    return { evaluation, fitted: { reviews, at }, reviewsToOptimize };
  }
  return { evaluation: entry.evaluation, fitted: null, reviewsToOptimize };
}

/** Estimated knowledge by topic: the expected number of each topic's cards the member would recall now. */
export async function knowledgeReport(user: StudyUser, now: Date) {
  const timeZone = user.timeZone ?? "UTC";
  const parameters = fittedParametersOf(user);
  const [content, db] = await Promise.all([getContentSnapshot(), getDb()]);
  const { states } = await loadReviewStates(db, user.id, studyDayOf(now, timeZone));
  return knowledgeByTopic(content.topics, content.cards, states, parameters, now, timeZone);
}

/** The member's chance of recalling one card now, or null if they have never graded it. */
export async function cardRecall(user: StudyUser, cardId: string, now: Date): Promise<number | null> {
  const state = await stateOf(await getDb(), user.id, { itemKind: "card", itemId: cardId });
  if (!state) return null;
  return recallNow(state, fittedParametersOf(user), now, user.timeZone ?? "UTC");
}
