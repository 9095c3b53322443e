/**
 * The cram session's cards: every card the member has studied whose predicted recall at the exam falls below
 * their desired retention, least likely to be recalled first. Like an Anki filtered deck with rescheduling off,
 * it only chooses what to show: grading in it never touches the schedule. Pure; the exam's instant is passed in.
 */
import type { StoredState } from "@/app/_lib/srs/grade";
import { recallNow } from "./knowledge";

export interface CramPick {
  id: string;
  /** Predicted chance of recall at the exam, if not reviewed before it. */
  recall: number;
}

export function cramPicks(
  cards: readonly { id: string }[],
  states: ReadonlyMap<string, StoredState>,
  parameters: readonly number[] | null,
  examAt: Date,
  timeZone: string,
  desiredRetention: number,
): CramPick[] {
  const picks: CramPick[] = [];
  for (const card of cards) {
    const state = states.get(`card:${card.id}`);
    if (!state || state.suspended) continue;
    const recall = recallNow(state, parameters, examAt, timeZone);
    if (recall !== null && recall < desiredRetention) picks.push({ id: card.id, recall });
  }
  return picks.sort((a, b) => a.recall - b.recall || a.id.localeCompare(b.id));
}
