import { describe, expect, it } from "vitest";
import { allocate, drawQuestions, type DrawableQuestion } from "@/app/_lib/quiz/draw";
import { seededRandom, shuffle } from "@/app/_lib/quiz/random";

const pools = (sizes: Record<string, number>) => new Map(Object.entries(sizes));
const sum = (map: ReadonlyMap<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);

const DOMAINS = ["development", "security", "deployment", "troubleshooting"];
const BLUEPRINT = { development: 32, security: 26, deployment: 24, troubleshooting: 18 };

/** A bank of questions: `sizes[topic]` questions per topic, alternating four and five options. */
function bank(sizes: Record<string, number>): DrawableQuestion[] {
  return Object.entries(sizes).flatMap(([topic, size]) =>
    Array.from({ length: size }, (_, i) => ({
      id: `${topic}-q${i}`,
      topicSlug: topic,
      domain: DOMAINS[i % DOMAINS.length]!,
      optionKeys: i % 2 ? ["A", "B", "C", "D"] : ["A", "B", "C", "D", "E"],
    })),
  );
}

const SIZES = { lambda: 16, s3: 16, dynamodb: 17, iam: 18, sqs: 10 };
const BANK = bank(SIZES);
const topicOf = new Map(BANK.map((q) => [q.id, q.topicSlug]));
const keysOf = new Map(BANK.map((q) => [q.id, q.optionKeys]));

function countByTopic(drawn: { questionId: string }[]) {
  const counts = new Map<string, number>();
  for (const { questionId } of drawn) {
    const topic = topicOf.get(questionId)!;
    counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return counts;
}

describe("allocate", () => {
  it("gives each topic its proportional share when the shares are whole", () => {
    expect(allocate(pools({ a: 10, b: 20, c: 30 }), 30)).toEqual(pools({ a: 5, b: 10, c: 15 }));
  });

  it("hands the remainders to the largest fractions (pools 16/16/17/18/10, 20 questions)", () => {
    // Exact shares: 4.16, 4.16, 4.42, 4.68, 2.60 → whole parts 4, 4, 4, 4, 2 (18); the two left go to .68 and .60.
    const shares = allocate(pools(SIZES), 20);
    expect(shares).toEqual(pools({ lambda: 4, s3: 4, dynamodb: 4, iam: 5, sqs: 3 }));
    expect(sum(shares)).toBe(20);
  });

  it("breaks a tie in the fractions by the larger pool, then by topic name", () => {
    // a: 0.5, b: 1.5 → one whole question, one left for two equal fractions: the larger pool wins it.
    expect(allocate(pools({ a: 1, b: 3 }), 2)).toEqual(pools({ a: 0, b: 2 }));
    // Three equal pools, two questions: alphabetical.
    expect(allocate(pools({ c: 1, b: 1, a: 1 }), 2)).toEqual(pools({ c: 0, b: 1, a: 1 }));
  });

  it("gives the whole bank when more questions are asked for than it holds", () => {
    expect(allocate(pools(SIZES), 500)).toEqual(pools(SIZES));
    expect(allocate(pools(SIZES), Infinity)).toEqual(pools(SIZES));
  });

  it("gives nothing for zero questions, an empty bank or empty pools", () => {
    expect(allocate(pools(SIZES), 0)).toEqual(pools({ lambda: 0, s3: 0, dynamodb: 0, iam: 0, sqs: 0 }));
    expect(allocate(new Map(), 20)).toEqual(new Map());
    expect(allocate(pools({ a: 0, b: 0 }), 5)).toEqual(pools({ a: 0, b: 0 }));
  });

  it("never gives a topic more than its pool, and always totals min(count, bank) — over many random banks", () => {
    const random = seededRandom(2026);
    for (let run = 0; run < 500; run++) {
      const sizes = new Map<string, number>(Array.from({ length: 1 + Math.floor(random() * 8) }, (_, i) => [`t${i}`, Math.floor(random() * 30)] as const));
      const count = Math.floor(random() * 120);
      const shares = allocate(sizes, count);
      expect([...shares.keys()]).toEqual([...sizes.keys()]);
      for (const [topic, share] of shares) {
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(sizes.get(topic)!);
        expect(Number.isInteger(share)).toBe(true);
        // Proportional: within one question of the exact share.
        const total = sum(sizes);
        const exact = total ? (sizes.get(topic)! * Math.min(count, total)) / total : 0;
        expect(Math.abs(share - exact)).toBeLessThan(1);
      }
      expect(sum(shares)).toBe(Math.min(count, sum(sizes)));
    }
  });
});

describe("allocate by weights (the exam blueprint)", () => {
  const weights = new Map(Object.entries(BLUEPRINT));

  it("splits the count by weight, not by pool size, when every pool has room", () => {
    expect(allocate(pools({ development: 100, security: 40, deployment: 60, troubleshooting: 300 }), 50, weights)).toEqual(
      pools({ development: 16, security: 13, deployment: 12, troubleshooting: 9 }),
    );
  });

  it("fills a short pool and shares what it can't take among the others by weight", () => {
    // Security holds 5 of its 13: the other 45 go 32:24:18 → 19.46, 14.59, 10.95 → 19, 15, 11.
    expect(allocate(pools({ development: 100, security: 5, deployment: 100, troubleshooting: 100 }), 50, weights)).toEqual(
      pools({ development: 19, security: 5, deployment: 15, troubleshooting: 11 }),
    );
  });

  it("uses pools without a weight only when the weighted ones run out", () => {
    expect(allocate(pools({ development: 3, extra: 10 }), 2, new Map([["development", 1]]))).toEqual(pools({ development: 2, extra: 0 }));
    expect(allocate(pools({ development: 3, extra: 10 }), 8, new Map([["development", 1]]))).toEqual(pools({ development: 3, extra: 5 }));
  });

  it("never gives a pool more than it holds and always totals min(count, bank), over many random banks", () => {
    const random = seededRandom(7);
    for (let run = 0; run < 500; run++) {
      const sizes = new Map(DOMAINS.map((domain) => [domain, Math.floor(random() * 40)] as const));
      const count = Math.floor(random() * 150);
      const shares = allocate(sizes, count, weights);
      for (const [domain, share] of shares) expect(share).toBeLessThanOrEqual(sizes.get(domain)!);
      expect(sum(shares)).toBe(Math.min(count, sum(sizes)));
    }
  });
});

describe("drawQuestions", () => {
  it("draws a timed exam to the blueprint's domain weights", () => {
    const byDomain = new Map(BANK.map((q) => [q.id, q.domain]));
    for (const seed of [1, 2, 3]) {
      const counts = new Map<string, number>();
      for (const { questionId } of drawQuestions(BANK, 40, seededRandom(seed), BLUEPRINT)) {
        counts.set(byDomain.get(questionId)!, (counts.get(byDomain.get(questionId)!) ?? 0) + 1);
      }
      // 40 × 32/26/24/18 % = 12.8, 10.4, 9.6, 7.2 → 13, 10, 10, 7.
      expect(counts).toEqual(new Map([["development", 13], ["security", 10], ["deployment", 10], ["troubleshooting", 7]]));
    }
  });

  it("draws exactly the count asked for, without repeats", () => {
    const drawn = drawQuestions(BANK, 20, seededRandom(1));
    expect(drawn).toHaveLength(20);
    expect(new Set(drawn.map((d) => d.questionId)).size).toBe(20);
    for (const { questionId } of drawn) expect(topicOf.has(questionId)).toBe(true);
  });

  it("spreads the draw over the topics by their allocation", () => {
    for (const seed of [1, 2, 3, 99]) {
      expect(countByTopic(drawQuestions(BANK, 20, seededRandom(seed)))).toEqual(allocate(pools(SIZES), 20));
    }
    expect(countByTopic(drawQuestions(BANK, 20, seededRandom(5)))).toEqual(pools({ lambda: 4, s3: 4, dynamodb: 4, iam: 5, sqs: 3 }));
  });

  it("shuffles every question's options: a permutation of its own keys", () => {
    const drawn = drawQuestions(BANK, 77, seededRandom(11));
    for (const { questionId, optionOrder } of drawn) {
      expect([...optionOrder].sort()).toEqual([...keysOf.get(questionId)!]);
    }
    // Shuffled for real: not every question keeps the authored order.
    expect(drawn.filter(({ questionId, optionOrder }) => optionOrder.join() !== keysOf.get(questionId)!.join()).length).toBeGreaterThan(50);
  });

  it("mixes the topics in the order shown instead of grouping them", () => {
    const topics = drawQuestions(BANK, 20, seededRandom(3)).map((d) => topicOf.get(d.questionId));
    const runs = topics.filter((topic, i) => i === 0 || topic !== topics[i - 1]).length;
    expect(runs).toBeGreaterThan(5);
  });

  it("gives the whole bank when the count is larger than it, each question once", () => {
    const drawn = drawQuestions(BANK, 1000, seededRandom(4));
    expect(drawn).toHaveLength(BANK.length);
    expect(new Set(drawn.map((d) => d.questionId))).toEqual(new Set(BANK.map((q) => q.id)));
    expect(drawQuestions(BANK, Infinity, seededRandom(4))).toHaveLength(BANK.length);
  });

  it("draws nothing from an empty bank or for a zero count", () => {
    expect(drawQuestions([], 20, seededRandom(1))).toEqual([]);
    expect(drawQuestions(BANK, 0, seededRandom(1))).toEqual([]);
  });

  it("is repeatable: the same seed gives the same draw, and different seeds give different orders", () => {
    const first = drawQuestions(BANK, 20, seededRandom(42));
    expect(drawQuestions(BANK, 20, seededRandom(42))).toEqual(first);
    const other = drawQuestions(BANK, 20, seededRandom(43));
    expect(other.map((d) => d.questionId)).not.toEqual(first.map((d) => d.questionId));
  });

  it("can reach every question of the bank over many draws", () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) for (const { questionId } of drawQuestions(BANK, 20, seededRandom(seed))) seen.add(questionId);
    expect(seen.size).toBe(BANK.length);
  });

  it("does not change the pool it was given", () => {
    const pool = bank({ a: 3, b: 2 });
    const copy = structuredClone(pool);
    drawQuestions(pool, 4, seededRandom(8));
    expect(pool).toEqual(copy);
  });
});

describe("seededRandom", () => {
  it("returns numbers in [0, 1), the same sequence for the same seed, another for another seed", () => {
    const a = seededRandom(123);
    const b = seededRandom(123);
    const c = seededRandom(124);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(first);
    for (const value of first) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
    expect(new Set(first).size).toBeGreaterThan(990);
  });

  it("is spread evenly: the mean is near one half and every tenth of the range is used about equally", () => {
    const random = seededRandom(7);
    const buckets = Array.from({ length: 10 }, () => 0);
    let total = 0;
    for (let i = 0; i < 10_000; i++) {
      const value = random();
      total += value;
      buckets[Math.floor(value * 10)]! += 1;
    }
    expect(total / 10_000).toBeCloseTo(0.5, 1);
    for (const bucket of buckets) expect(Math.abs(bucket - 1000)).toBeLessThan(150);
  });
});

describe("shuffle", () => {
  it("returns a permutation on a copy, leaving the input alone", () => {
    const items = Object.freeze(["a", "b", "c", "d", "e", "f", "g"]);
    const out = shuffle(items, seededRandom(1));
    expect(out).not.toBe(items);
    expect([...out].sort()).toEqual([...items]);
    expect(items).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
  });

  it("handles empty and single-item lists", () => {
    expect(shuffle([], seededRandom(1))).toEqual([]);
    expect(shuffle(["only"], seededRandom(1))).toEqual(["only"]);
  });

  it("is roughly uniform: over 6000 shuffles of 3 items each of the 6 orders appears 800–1200 times", () => {
    const random = seededRandom(2026);
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const order = shuffle(["a", "b", "c"], random).join("");
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(["abc", "acb", "bac", "bca", "cab", "cba"]);
    for (const count of counts.values()) {
      expect(count).toBeGreaterThanOrEqual(800);
      expect(count).toBeLessThanOrEqual(1200);
    }
  });

  it("puts every item in every position about equally often", () => {
    const random = seededRandom(99);
    const items = ["a", "b", "c", "d", "e"];
    const atPosition = items.map(() => new Map<string, number>());
    for (let i = 0; i < 5000; i++) {
      shuffle(items, random).forEach((item, position) => atPosition[position]!.set(item, (atPosition[position]!.get(item) ?? 0) + 1));
    }
    for (const counts of atPosition) {
      expect(counts.size).toBe(5);
      for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(150);
    }
  });
});
