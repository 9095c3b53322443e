import "server-only";
import { getDb } from "@/app/_lib/db";
import { buildQueue, itemKey } from "@/app/_lib/srs/queue";
import { PREFETCH, QUEUE_WINDOW, type StudyPayload, type StudySnapshot } from "@/app/_lib/srs/session";
import { studyDayOf } from "@/app/_lib/srs/study-day";
import type { NewCardOrder } from "@/app/_lib/srs/schemas";
import { browseOptionOrder } from "@/app/_lib/quiz/browse-order";
import { letterAt } from "@/app/_lib/quiz/letters";
import { chooseDecks, deckScope } from "@/app/_lib/decks/choice";
import { contentFor, narrowedTo, type SnapshotCard, type SnapshotQuestion } from "./content-snapshot";
import { listSuspended, loadReviewStates, type StudyMember } from "./review-store";
import { elapsedDays, memoryOf, SM2_SCHEDULER, UNSEEN_STATE, type Scheduler } from "@/app/_lib/srs/grade";
import { fsrsPreview } from "@/app/_lib/srs/fsrs";
import { readParameters } from "./json-columns";

/** The member fields the study screen needs; currentUser() selects them. */
export interface StudyUser {
  id: string;
  timeZone: string | null;
  newPerDay: number;
  reviewsPerDay: number;
  newCardOrder: string;
  extraNew: number;
  extraNewDay: string | null;
  scheduler: string;
  desiredRetention: number;
  fsrsParameters: string | null;
}

// Every study request reads the member's parameters: parsed once per distinct text.
const parsedParameters = new Map<string, readonly number[]>();
function parametersOf(text: string | null): readonly number[] | null {
  if (text === null) return null;
  let parameters = parsedParameters.get(text);
  if (!parameters) {
    if (parsedParameters.size >= 1_000) parsedParameters.clear();
    parsedParameters.set(text, (parameters = readParameters(text, "User.fsrsParameters")));
  }
  return parameters;
}

/** The member's fitted FSRS parameters (under either scheduler), or null for the defaults. */
export const fittedParametersOf = (user: Pick<StudyUser, "fsrsParameters">) => parametersOf(user.fsrsParameters);

export function schedulerOf(user: Pick<StudyUser, "scheduler" | "desiredRetention" | "fsrsParameters">): Scheduler {
  if (user.scheduler !== "fsrs") return SM2_SCHEDULER;
  return { name: "fsrs", settings: { parameters: parametersOf(user.fsrsParameters), desiredRetention: user.desiredRetention } };
}

/** Until the browser reports a zone, days begin at 4 a.m. UTC. */
export const studyMember = (user: StudyUser): StudyMember => ({ id: user.id, timeZone: user.timeZone ?? "UTC", scheduler: schedulerOf(user) });

function cardPayload(card: SnapshotCard, topicTitle: string): StudyPayload {
  return {
    key: itemKey({ itemKind: "card", itemId: card.id }),
    itemKind: "card",
    itemId: card.id,
    topicTitle,
    frontHtml: card.frontHtml,
    backHtml: card.backHtml,
    correction: card.correction,
    href: `/cards/${card.id}`,
  };
}

/**
 * A scenario question missed in a quiz, as a flashcard: the stem and options in front, the answer with every
 * option's explanation behind. The pieces are the seed's sanitized HTML; only our own tags are added.
 */
function questionPayload(question: SnapshotQuestion, topicTitle: string): StudyPayload {
  // Shown, and lettered, in the order the question's own page shows them.
  const options = browseOptionOrder(question.id, question.options);
  const right = options.flatMap((option, index) => (option.correct ? [letterAt(index)] : []));
  return {
    key: itemKey({ itemKind: "question", itemId: question.id }),
    itemKind: "question",
    itemId: question.id,
    topicTitle,
    frontHtml: `${question.stemHtml}<ol class="study-options" type="A">${options.map((o) => `<li>${o.textHtml}</li>`).join("")}</ol>`,
    backHtml:
      `<p><strong>Answer: ${right.join(", ")}</strong></p><ul class="study-explanations">` +
      options
        .map((o, i) => `<li><strong>${letterAt(i)}${o.correct ? " (right)" : ""}:</strong> ${o.explanationHtml}</li>`)
        .join("") +
      "</ul>",
    correction: question.correction,
    href: `/questions/${question.id}`,
  };
}

export interface StudyScope {
  topic?: string;
  /** The decks picked on /study; undefined (or none the member sees) for all of them. */
  decks?: readonly string[];
  /** Keys of items whose text the client already has. */
  have?: readonly string[];
}

/** The member's content kept to the picked decks, of those they see (never more than contentFor gives). */
async function studiedContent(userId: string, decks: readonly string[] | undefined) {
  const seen = await contentFor(userId);
  if (!decks) return seen;
  return narrowedTo(seen, deckScope(chooseDecks(seen.decks.map((deck) => deck.id), decks)));
}

async function memberQueue(user: StudyUser, { topic, decks }: Pick<StudyScope, "topic" | "decks">, now: Date) {
  const member = studyMember(user);
  const today = studyDayOf(now, member.timeZone);
  const [content, db] = await Promise.all([studiedContent(user.id, decks), getDb()]);
  const { states, doneToday } = await loadReviewStates(db, member.id, today);

  // Questions join the queue only once missed in a quiz (they are never "new"), after the cards.
  const inOrder = user.newCardOrder === "guide" ? content.studyItems : content.mixedStudyItems;
  const items = topic ? inOrder.filter((item) => item.topicSlug === topic) : inOrder;
  const queue = buildQueue({
    items,
    isNewable: (item) => item.itemKind === "card",
    states,
    limits: { newPerDay: user.newPerDay + (user.extraNewDay === today ? user.extraNew : 0), reviewsPerDay: user.reviewsPerDay },
    doneToday,
    today,
    now,
  });
  return { content, today, queue, states, member, done: doneToday.new + doneToday.review + doneToday.redrill };
}

/** Today's numbers for the home page: what is waiting, and what is done. */
export async function studySummary(user: StudyUser, now: Date) {
  const { queue, done } = await memberQueue(user, {}, now);
  return { ...queue.counts, done, nextDueAt: queue.nextDueAt };
}

/** Today's queue for this member (optionally one topic, or some decks), with the text of the next few items. */
export async function studySnapshot(user: StudyUser, scope: StudyScope, now: Date): Promise<StudySnapshot> {
  const { content, today, queue, states, member, done } = await memberQueue(user, scope, now);
  const { scheduler } = member;
  const have = new Set(scope.have ?? []);
  const { cardById: cards, questionById: questions, topicTitles } = content;
  const titleOf = (item: { topicSlug: string }) => topicTitles.get(item.topicSlug) ?? item.topicSlug;
  const payloads = queue.entries
    .slice(0, PREFETCH)
    .filter((entry) => !have.has(itemKey(entry)))
    .flatMap((entry) => {
      const card = entry.itemKind === "card" ? cards.get(entry.itemId) : undefined;
      if (card) return [cardPayload(card, titleOf(card))];
      const question = entry.itemKind === "question" ? questions.get(entry.itemId) : undefined;
      return question ? [questionPayload(question, titleOf(question))] : [];
    });

  return {
    day: today,
    scheduler: scheduler.name,
    // FSRS's intervals for the four buttons, for the items the screen can reach before the next reply (SM-2's
    // are worked out on the client from the entry's own numbers).
    entries: queue.entries.slice(0, QUEUE_WINDOW).map((entry, index) => {
      if (scheduler.name !== "fsrs" || index >= PREFETCH || entry.kind === "redrill") return entry;
      const state = states.get(itemKey(entry)) ?? UNSEEN_STATE;
      return { ...entry, fsrsIntervals: fsrsPreview(memoryOf(state, scheduler.settings.parameters), elapsedDays(state, now, member.timeZone), scheduler.settings) };
    }),
    counts: queue.counts,
    done,
    overLimit: queue.overLimit,
    nextDueAt: queue.nextDueAt?.toISOString() ?? null,
    payloads,
  };
}

/** Suspended items with their text, for /study/suspended. */
export async function suspendedItems(user: StudyUser) {
  const [rows, { cardById: cards, questionById: questions }] = await Promise.all([getDb().then((db) => listSuspended(db, user.id)), contentFor(user.id)]);
  return rows.flatMap((row) => {
    const card = row.itemKind === "card" ? cards.get(row.itemId) : undefined;
    if (card) return [{ ...row, html: card.frontHtml, href: `/cards/${card.id}` }];
    const question = row.itemKind === "question" ? questions.get(row.itemId) : undefined;
    return question ? [{ ...row, html: question.stemHtml, href: `/questions/${question.id}` }] : [];
  });
}

export async function saveStudySettings(userId: string, data: { timeZone: string; newPerDay: number; reviewsPerDay: number; newCardOrder: NewCardOrder }) {
  const db = await getDb();
  await db.user.update({ where: { id: userId }, data });
}

export async function setNewPerDay(userId: string, newPerDay: number) {
  const db = await getDb();
  await db.user.update({ where: { id: userId }, data: { newPerDay } });
}

export async function saveExamDate(userId: string, data: { examDate: string | null; cramDays: number }) {
  const db = await getDb();
  await db.user.update({ where: { id: userId }, data });
}

/** Sets the zone the browser reported, unless the member already has one (a choice in settings wins). */
export async function adoptTimeZone(userId: string, timeZone: string) {
  const db = await getDb();
  await db.user.updateMany({ where: { id: userId, timeZone: null }, data: { timeZone } });
}

/**
 * "Study more": today's extra new cards become `extraNew`. The form sends the total it showed rather than
 * "+10", so a double click or a retry can't raise the limit twice.
 */
export async function setExtraNewToday(userId: string, day: string, extraNew: number) {
  const db = await getDb();
  await db.user.update({ where: { id: userId }, data: { extraNewDay: day, extraNew } });
}
