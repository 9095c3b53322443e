/**
 * Drawing an attempt's questions: without repeats, spread over the chosen topics in proportion to how many
 * questions each has (largest remainder), in random order, each with its options shuffled. Pure: the
 * randomness is passed in, and the result is stored, so a reload shows the same order.
 */
import { shuffle, type Random } from "./random";

export interface DrawableQuestion {
  id: string;
  topicSlug: string;
  optionKeys: readonly string[];
}

export interface DrawnQuestion {
  questionId: string;
  optionOrder: string[];
}

/** How many questions each topic gives: proportional to its pool, the remainders to the largest fractions. */
export function allocate(poolSizes: ReadonlyMap<string, number>, count: number): Map<string, number> {
  const total = [...poolSizes.values()].reduce((a, b) => a + b, 0);
  const wanted = Math.min(count, total);
  const shares = [...poolSizes].map(([topic, size]) => {
    const exact = total ? (size * wanted) / total : 0;
    return { topic, size, whole: Math.floor(exact), fraction: exact - Math.floor(exact) };
  });
  let left = wanted - shares.reduce((sum, share) => sum + share.whole, 0);
  for (const share of [...shares].sort((a, b) => b.fraction - a.fraction || b.size - a.size || a.topic.localeCompare(b.topic))) {
    if (left === 0) break;
    if (share.whole < share.size) {
      share.whole += 1;
      left -= 1;
    }
  }
  return new Map(shares.map((share) => [share.topic, share.whole]));
}

export function drawQuestions(pool: readonly DrawableQuestion[], count: number, random: Random): DrawnQuestion[] {
  const byTopic = new Map<string, DrawableQuestion[]>();
  for (const question of pool) {
    const list = byTopic.get(question.topicSlug);
    if (list) list.push(question);
    else byTopic.set(question.topicSlug, [question]);
  }
  const quota = allocate(new Map([...byTopic].map(([topic, questions]) => [topic, questions.length])), count);
  const chosen = [...byTopic].flatMap(([topic, questions]) => shuffle(questions, random).slice(0, quota.get(topic) ?? 0));
  return shuffle(chosen, random).map((question) => ({ questionId: question.id, optionOrder: shuffle(question.optionKeys, random) }));
}
