import { describe, expect, it } from "vitest";
import { formatClock, optionKeyFor, overPick, toggleChoice } from "@/app/_lib/quiz/keys";

// Shown in a shuffled order: the key picks by the position on screen, not by the option's own key.
const SHOWN = [{ key: "C" }, { key: "A" }, { key: "E" }, { key: "B" }, { key: "D" }];

describe("optionKeyFor", () => {
  it("maps 1–5 to the options in the order shown", () => {
    expect(["1", "2", "3", "4", "5"].map((key) => optionKeyFor(key, SHOWN))).toEqual(["C", "A", "E", "B", "D"]);
  });

  it("maps a–e (either case) to the options in the order shown", () => {
    expect(["a", "b", "c", "d", "e"].map((key) => optionKeyFor(key, SHOWN))).toEqual(["C", "A", "E", "B", "D"]);
    expect(["A", "B", "C", "D", "E"].map((key) => optionKeyFor(key, SHOWN))).toEqual(["C", "A", "E", "B", "D"]);
  });

  it("reaches up to 9 and j when there are that many options", () => {
    const ten = "PQRSTUVWXY".split("").map((key) => ({ key }));
    expect(optionKeyFor("9", ten)).toBe("X");
    expect(optionKeyFor("j", ten)).toBe("Y");
    expect(optionKeyFor("J", ten)).toBe("Y");
  });

  it("gives null for a key past the last option shown", () => {
    expect(optionKeyFor("6", SHOWN)).toBeNull();
    expect(optionKeyFor("f", SHOWN)).toBeNull();
    expect(optionKeyFor("1", [])).toBeNull();
  });

  it("gives null for keys that don't pick an option", () => {
    for (const key of ["0", "10", "k", "z", "Enter", " ", "", "ArrowDown", "Tab", "ab", "-1"]) expect(optionKeyFor(key, SHOWN)).toBeNull();
  });
});

describe("toggleChoice", () => {
  it("a single-answer question works like radio buttons: a choice replaces the answer", () => {
    expect(toggleChoice([], "A", 1)).toEqual(["A"]);
    expect(toggleChoice(["A"], "B", 1)).toEqual(["B"]);
    expect(toggleChoice(["A"], "A", 1)).toEqual(["A"]);
  });

  it("a choose-N question toggles an option on and off", () => {
    expect(toggleChoice([], "A", 2)).toEqual(["A"]);
    expect(toggleChoice(["A"], "C", 2)).toEqual(["A", "C"]);
    expect(toggleChoice(["A", "C"], "A", 2)).toEqual(["C"]);
    expect(toggleChoice(["C"], "C", 2)).toEqual([]);
  });

  it("never goes past N options: a further choice is ignored until one is cleared", () => {
    expect(toggleChoice(["A", "C"], "D", 2)).toEqual(["A", "C"]);
    expect(toggleChoice(["A", "B", "C"], "D", 3)).toEqual(["A", "B", "C"]);
    expect(toggleChoice(toggleChoice(["A", "C"], "C", 2), "D", 2)).toEqual(["A", "D"]);
  });

  it("returns a new list and leaves the given one alone", () => {
    const selected = Object.freeze(["A", "C"]);
    const full = toggleChoice(selected, "D", 2);
    expect(full).not.toBe(selected);
    toggleChoice(selected, "A", 2);
    toggleChoice(selected, "B", 3);
    expect(selected).toEqual(["A", "C"]);
  });
});

describe("formatClock", () => {
  it("shows minutes and seconds below an hour", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(9_000)).toBe("0:09");
    expect(formatClock(61_000)).toBe("1:01");
    expect(formatClock(600_000)).toBe("10:00");
    expect(formatClock(3_599_000)).toBe("59:59");
  });

  it("shows hours, with two-digit minutes, from an hour on", () => {
    expect(formatClock(3_600_000)).toBe("1:00:00");
    expect(formatClock(3_661_000)).toBe("1:01:01");
    expect(formatClock(130 * 60_000)).toBe("2:10:00");
  });

  it("rounds part seconds up, so it reads 0:00 only when the time is really up", () => {
    expect(formatClock(1)).toBe("0:01");
    expect(formatClock(999)).toBe("0:01");
    expect(formatClock(1_000)).toBe("0:01");
    expect(formatClock(59_001)).toBe("1:00");
    expect(formatClock(3_599_500)).toBe("1:00:00");
  });
});

describe("overPick", () => {
  it("explains a pick past the number of answers a question takes, and nothing else", () => {
    expect(overPick(["A", "C"], "D", 2)).toBe("This question takes 2 answers: clear one of yours first.");
    expect(overPick(["A", "C"], "C", 2)).toBeNull(); // unticking
    expect(overPick(["A"], "D", 2)).toBeNull();
    expect(overPick(["A"], "B", 1)).toBeNull(); // one answer: the pick replaces it
  });
});
