import { describe, expect, it } from "vitest";
import { browseOptionOrder } from "@/app/_lib/quiz/browse-order";

const KEYS = ["A", "B", "C", "D"];

describe("browseOptionOrder", () => {
  it("is the same for the same question every time, and a permutation of its options", () => {
    const order = browseOptionOrder("q-dynamodb-rcu-strong-7kb", KEYS);
    expect(browseOptionOrder("q-dynamodb-rcu-strong-7kb", KEYS)).toEqual(order);
    expect([...order].sort()).toEqual(KEYS);
  });

  it("puts the first-written option in every position about equally often across questions", () => {
    const at = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) at[browseOptionOrder(`q-topic-question-${i}`, KEYS).indexOf("A")]! += 1;
    for (const count of at) expect(Math.abs(count - 1000)).toBeLessThan(120);
  });

  it("leaves the authored order for only about one question in 24", () => {
    let same = 0;
    for (let i = 0; i < 2400; i++) if (browseOptionOrder(`q-${i}`, KEYS).join("") === "ABCD") same += 1;
    expect(same).toBeGreaterThan(50);
    expect(same).toBeLessThan(150);
  });
});
