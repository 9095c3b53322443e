/**
 * Drawing an attempt's questions: without repeats, in random order, each with its options shuffled. Practice
 * quizzes spread over the chosen topics in proportion to how many questions each has; timed exams first split
 * the count over the exam domains by the blueprint's weights (as far as the bank allows), then over topics
 * within each domain. Pure: the randomness is passed in, and the result is stored, so a reload shows the same
 * order.
 */
import { shuffle, type Random } from "./random";

export interface DrawableQuestion {
  id: string;
  topicSlug: string;
  domain: string;
  optionKeys: readonly string[];
}

export interface DrawnQuestion {
  questionId: string;
  optionOrder: string[];
}

/**
 * How many of `count` each pool gives: in proportion to its weight (its size when no weights are given), never
 * more than it holds; what a full pool can't take goes to the others by their weights, then by size when no
 * weighted pool has room. Whole numbers by largest remainder, ties to the larger pool, then by name.
 */
export function allocate(poolSizes: ReadonlyMap<string, number>, count: number, weights: ReadonlyMap<string, number> = poolSizes): Map<string, number> {
  const total = [...poolSizes.values()].reduce((a, b) => a + b, 0);
  const given = new Map([...poolSizes.keys()].map((key) => [key, 0]));
  let left = Math.min(count, total);
  const room = (key: string) => poolSizes.get(key)! - given.get(key)!;

  while (left > 0) {
    const open = [...poolSizes.keys()].filter((key) => room(key) > 0);
    const weighted = open.filter((key) => (weights.get(key) ?? 0) > 0);
    const eligible = weighted.length ? weighted : open;
    const weightOf = (key: string) => (weighted.length ? weights.get(key)! : room(key));
    const sum = eligible.reduce((a, key) => a + weightOf(key), 0);
    const exact = new Map(eligible.map((key) => [key, (weightOf(key) * left) / sum]));
    // A pool whose exact share exceeds its room is filled, and the rest shared again among the others.
    const full = eligible.filter((key) => exact.get(key)! >= room(key));
    if (full.length) {
      for (const key of full) {
        left -= room(key);
        given.set(key, poolSizes.get(key)!);
      }
      continue;
    }
    const shares = eligible.map((key) => ({ key, whole: Math.floor(exact.get(key)!), fraction: exact.get(key)! - Math.floor(exact.get(key)!) }));
    for (const share of shares) given.set(share.key, given.get(share.key)! + share.whole);
    left -= shares.reduce((a, share) => a + share.whole, 0);
    const size = (key: string) => poolSizes.get(key)!;
    for (const share of [...shares].sort((a, b) => b.fraction - a.fraction || size(b.key) - size(a.key) || a.key.localeCompare(b.key))) {
      if (left === 0) break;
      if (room(share.key) > 0) {
        given.set(share.key, given.get(share.key)! + 1);
        left -= 1;
      }
    }
  }
  return given;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** `count` questions spread over the pool's topics by their sizes. */
function drawOverTopics(pool: readonly DrawableQuestion[], count: number, random: Random): DrawableQuestion[] {
  const byTopic = groupBy(pool, (question) => question.topicSlug);
  const quota = allocate(new Map([...byTopic].map(([topic, questions]) => [topic, questions.length])), count);
  return [...byTopic].flatMap(([topic, questions]) => shuffle(questions, random).slice(0, quota.get(topic) ?? 0));
}

/**
 * Draws `count` questions. With `domainWeights` (timed exams: the blueprint), the count is first split over
 * the exam domains by weight; without, over the topics by size.
 */
export function drawQuestions(
  pool: readonly DrawableQuestion[],
  count: number,
  random: Random,
  domainWeights?: Readonly<Record<string, number>>,
): DrawnQuestion[] {
  let chosen: DrawableQuestion[];
  if (domainWeights) {
    const byDomain = groupBy(pool, (question) => question.domain);
    const quota = allocate(
      new Map([...byDomain].map(([domain, questions]) => [domain, questions.length])),
      count,
      new Map(Object.entries(domainWeights)),
    );
    chosen = [...byDomain].flatMap(([domain, questions]) => drawOverTopics(questions, quota.get(domain) ?? 0, random));
  } else {
    chosen = drawOverTopics(pool, count, random);
  }
  return shuffle(chosen, random).map((question) => ({ questionId: question.id, optionOrder: shuffle(question.optionKeys, random) }));
}
