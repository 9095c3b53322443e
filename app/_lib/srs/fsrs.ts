/**
 * FSRS (the Free Spaced Repetition Scheduler, version 6) through `ts-fsrs`, on this app's calendar. Pure: no clock,
 * no storage. Long-term scheduling only: the same-day steps Anki runs for new and failed cards are this app's
 * re-drills (./queue.ts), the same under SM-2 and FSRS, so ts-fsrs runs with `enable_short_term: false` and
 * its intervals are whole study days.
 *
 * ts-fsrs counts days between UTC calendar dates; each study day is handed to it as noon UTC of a date that
 * many days apart, so its day counts are exactly this app's (4 a.m. local) study days.
 */
import { createEmptyCard, default_w, fsrs, forgetting_curve, generatorParameters, S_MIN, State, type Card, type FSRS, type Grade } from "ts-fsrs";
import { DEFAULT_RETENTION, type FsrsSettings } from "./fsrs-settings";
import type { Rating } from "./ratings";

export type { FsrsSettings };

export interface MemoryState {
  /** Days until the probability of recall falls to 90%. */
  stability: number;
  /** 1 (easy) to 10 (hard). */
  difficulty: number;
}

export const DEFAULT_PARAMETERS: readonly number[] = default_w;
export const PARAMETER_COUNT = DEFAULT_PARAMETERS.length;

/** The retention an SM-2 interval is taken to have aimed at when its state is converted (Anki's default). */
export const SM2_RETENTION = 0.9;

const DAY_MS = 86_400_000;
const dateOfDay = (day: number) => new Date(day * DAY_MS + DAY_MS / 2);

// One scheduler per parameter set and retention: building one parses and checks the parameters. Keyed by the
// parameters' array (callers keep one per member: dal/study.ts) and the retention, so a lookup costs no string work.
const defaultSchedulers = new Map<number, FSRS>();
const schedulers = new WeakMap<readonly number[], Map<number, FSRS>>();
function schedulerFor(settings: FsrsSettings): FSRS {
  let byRetention = settings.parameters ? schedulers.get(settings.parameters) : defaultSchedulers;
  if (!byRetention) schedulers.set(settings.parameters!, (byRetention = new Map()));
  let scheduler = byRetention.get(settings.desiredRetention);
  if (!scheduler) {
    const w = settings.parameters ?? DEFAULT_PARAMETERS;
    scheduler = fsrs(
      generatorParameters({ w: [...w], request_retention: settings.desiredRetention, enable_short_term: false, enable_fuzz: false, learning_steps: [], relearning_steps: [] }),
    );
    byRetention.set(settings.desiredRetention, scheduler);
  }
  return scheduler;
}

export const parametersOf = (settings: Pick<FsrsSettings, "parameters">): readonly number[] => schedulerFor({ ...settings, desiredRetention: DEFAULT_RETENTION }).parameters.w;

/** The card ts-fsrs schedules from: new without a memory state, else reviewed `elapsedDays` before day 0. */
function cardFor(memory: MemoryState | null, elapsedDays: number): { card: Card; now: Date } {
  const now = dateOfDay(0);
  if (!memory) return { card: createEmptyCard(now), now };
  const lastReview = dateOfDay(-Math.max(0, elapsedDays));
  return {
    card: { ...createEmptyCard(lastReview), ...memory, state: State.Review, reps: 1, last_review: lastReview, due: now },
    now,
  };
}

export interface FsrsOutcome {
  memory: MemoryState;
  /** Study days until the next review. */
  interval: number;
}

function outcome(card: Card): FsrsOutcome {
  return { memory: { stability: card.stability, difficulty: card.difficulty }, interval: card.scheduled_days };
}

/** One grade: the new memory state and interval. `memory` is null for an item's first grade. */
export function fsrsNext(memory: MemoryState | null, elapsedDays: number, rating: Rating, settings: FsrsSettings): FsrsOutcome {
  const { card, now } = cardFor(memory, elapsedDays);
  return outcome(schedulerFor(settings).next(card, now, rating as Grade).card);
}

/** What each of the four buttons would do, for the labels under them. */
export function fsrsPreview(memory: MemoryState | null, elapsedDays: number, settings: FsrsSettings): Record<Rating, number> {
  const { card, now } = cardFor(memory, elapsedDays);
  const preview = schedulerFor(settings).repeat(card, now);
  return { 1: preview[1].card.scheduled_days, 2: preview[2].card.scheduled_days, 3: preview[3].card.scheduled_days, 4: preview[4].card.scheduled_days };
}

/** The memory state after a grade, without the interval (for replaying a history). */
export function nextMemory(memory: MemoryState | null, elapsedDays: number, rating: Rating, parameters: readonly number[] | null): MemoryState {
  return schedulerFor({ parameters, desiredRetention: DEFAULT_RETENTION }).next_state(memory, elapsedDays, rating);
}

/** The probability of recalling an item `elapsedDays` after its last review. */
export function recallProbability(memory: MemoryState, elapsedDays: number, parameters: readonly number[] | null): number {
  return forgetting_curve(parametersOf({ parameters }), Math.max(0, elapsedDays), memory.stability);
}

/**
 * The memory state of an item SM-2 has been scheduling: the state whose recall falls to `SM2_RETENTION` after its
 * interval, with the difficulty that makes FSRS's stability growth on a Good grade match its ease. This is
 * fsrs-rs's `memory_state_from_sm2` (what Anki does on switching to FSRS), ported; the unit tests check it
 * against fsrs-rs's own, through @open-spaced-repetition/binding.
 */
export function memoryFromSm2(easeFactor: number, interval: number, parameters: readonly number[] | null, sm2Retention = SM2_RETENTION): MemoryState {
  const w = parametersOf({ parameters });
  const decay = -w[20]!;
  const factor = 0.9 ** (1 / decay) - 1;
  const stability = (Math.max(interval, S_MIN) * factor) / (sm2Retention ** (1 / decay) - 1);
  const difficulty = 11 - (easeFactor - 1) / (Math.exp(w[8]!) * stability ** -w[9]! * Math.expm1((1 - sm2Retention) * w[10]!));
  return { stability, difficulty: Math.min(10, Math.max(1, difficulty)) };
}
