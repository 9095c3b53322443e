import { describe, expect, it } from "vitest";
import { isQuality, MIN_EASE, QUALITIES, sm2, SM2_INITIAL, type Quality, type Sm2State } from "@/app/_lib/srs/sm2";

/** Grades `qualities` in turn from `start`, returning every state after each grade. */
function run(start: Sm2State, qualities: readonly Quality[]): Sm2State[] {
  const states: Sm2State[] = [];
  let state = start;
  for (const q of qualities) {
    state = sm2(state, q);
    states.push(state);
  }
  return states;
}

/** mulberry32: a small seeded PRNG, so the property loops are reproducible. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hundredths = (ease: number) => Math.round(ease * 100);
const hasAtMostTwoDecimals = (ease: number) => hundredths(ease) / 100 === ease;
/** ceil(interval × ease), ease in hundredths, in BigInt: immune to any float rounding. */
const bigCeil = (interval: number, easeHundredths: number) => {
  const product = BigInt(interval) * BigInt(easeHundredths);
  return Number((product + 99n) / 100n);
};

describe("sm2: the worked sequence from a new item", () => {
  it("grading 5, 5, 5, 5 from the start gives intervals 1, 6, 17, 48 and eases 2.6, 2.7, 2.8, 2.9", () => {
    const states = run(SM2_INITIAL, [5, 5, 5, 5]);
    // I(3) = ceil(6 × 2.7) = ceil(16.2) = 17; I(4) = ceil(17 × 2.8) = ceil(47.6) = 48 — each with the ease from before the grade.
    expect(states.map((s) => s.interval)).toEqual([1, 6, 17, 48]);
    expect(states.map((s) => s.easeFactor)).toEqual([2.6, 2.7, 2.8, 2.9]);
    expect(states.map((s) => s.repetitions)).toEqual([1, 2, 3, 4]);
  });

  it("grading 4, 4, 4, 4 keeps the ease at 2.5 and gives intervals 1, 6, 15, 38", () => {
    const states = run(SM2_INITIAL, [4, 4, 4, 4]);
    // ceil(6 × 2.5) = 15; ceil(15 × 2.5) = ceil(37.5) = 38.
    expect(states.map((s) => s.interval)).toEqual([1, 6, 15, 38]);
    expect(states.map((s) => s.easeFactor)).toEqual([2.5, 2.5, 2.5, 2.5]);
  });

  it("grading 3, 3, 3 passes every time but lowers the ease each time: 2.36, 2.22, 2.08 with intervals 1, 6, 15", () => {
    const states = run(SM2_INITIAL, [3, 3, 3]);
    expect(states.map((s) => s.repetitions)).toEqual([1, 2, 3]);
    // The third interval uses the ease before the third grade: ceil(6 × 2.22) = ceil(13.32) = 14.
    expect(states.map((s) => s.interval)).toEqual([1, 6, 14]);
    expect(states.map((s) => s.easeFactor)).toEqual([2.36, 2.22, 2.08]);
  });

  it("uses the ease from before this grade's update for the third and later intervals", () => {
    // q = 5 raises the ease 2.5 → 2.6, but the interval is ceil(6 × 2.5) = 15, not ceil(6 × 2.6) = 16.
    expect(sm2({ repetitions: 2, easeFactor: 2.5, interval: 6 }, 5)).toEqual({ repetitions: 3, easeFactor: 2.6, interval: 15 });
    // q = 3 lowers the ease 2.5 → 2.36, but the interval is ceil(10 × 2.5) = 25, not ceil(10 × 2.36) = 24.
    expect(sm2({ repetitions: 2, easeFactor: 2.5, interval: 10 }, 3)).toEqual({ repetitions: 3, easeFactor: 2.36, interval: 25 });
  });
});

describe("sm2: the ease update", () => {
  const deltas: [Quality, number][] = [
    [5, 0.1],
    [4, 0],
    [3, -0.14],
    [2, -0.32],
    [1, -0.54],
    [0, -0.8],
  ];

  it.each(deltas)("quality %i changes the ease by %d", (quality, delta) => {
    const start: Sm2State = { repetitions: 4, easeFactor: 2.5, interval: 20 };
    const next = sm2(start, quality);
    expect(hundredths(next.easeFactor) - 250).toBe(Math.round(delta * 100));
    expect(next.easeFactor).toBe(Number((2.5 + delta).toFixed(2)));
  });

  it("matches the published formula EF' = EF + (0.1 − (5 − q) × (0.08 + (5 − q) × 0.02)) for every quality and ease", () => {
    for (let ease = 130; ease <= 350; ease++) {
      for (const q of QUALITIES) {
        const miss = 5 - q;
        const expected = Math.max(130, ease + 10 - miss * (8 + miss * 2)) / 100;
        expect(sm2({ repetitions: 3, easeFactor: ease / 100, interval: 10 }, q).easeFactor).toBe(expected);
      }
    }
  });

  it("never lets the ease fall below 1.3, however many failures", () => {
    let state = SM2_INITIAL;
    const eases: number[] = [];
    for (let i = 0; i < 10; i++) {
      state = sm2(state, 0);
      eases.push(state.easeFactor);
    }
    // 2.5 → 1.7 → 1.3 (not 0.9) → stays at 1.3.
    expect(eases.slice(0, 3)).toEqual([1.7, 1.3, 1.3]);
    expect(eases.every((e) => e >= MIN_EASE)).toBe(true);
    expect(state.easeFactor).toBe(1.3);
  });

  it("clamps a partial drop to exactly 1.3 (1.4 with q = 3 gives 1.3, not 1.26)", () => {
    expect(sm2({ repetitions: 3, easeFactor: 1.4, interval: 10 }, 3).easeFactor).toBe(1.3);
    expect(sm2({ repetitions: 3, easeFactor: 1.3, interval: 10 }, 5).easeFactor).toBe(1.4);
  });

  it("keeps the ease to at most two decimals over long random grade sequences", () => {
    const random = prng(20261125);
    for (let sequence = 0; sequence < 500; sequence++) {
      let state = SM2_INITIAL;
      for (let step = 0; step < 60; step++) {
        const q = Math.floor(random() * 6) as Quality;
        const before = state;
        state = sm2(state, q);
        expect(hasAtMostTwoDecimals(state.easeFactor), `ease ${state.easeFactor} after q=${q} from ${JSON.stringify(before)}`).toBe(true);
        expect(state.easeFactor).toBeGreaterThanOrEqual(MIN_EASE);
        expect(Number.isInteger(state.interval)).toBe(true);
        expect(state.interval).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

describe("sm2: intervals without float error", () => {
  it("gives 110 days for interval 100 with ease 1.1, not 111 (100 × 1.1 = 110.00000000000001 in floats)", () => {
    expect(100 * 1.1).not.toBe(110); // the trap
    expect(Math.ceil(100 * 1.1)).toBe(111);
    expect(sm2({ repetitions: 5, easeFactor: 1.1, interval: 100 }, 4).interval).toBe(110);
  });

  it("gives exact whole products for cases where the float product rounds up past an integer", () => {
    // Each of these products is an exact integer, but interval × ease in floats lands just above it.
    const traps: { interval: number; ease: number; days: number }[] = [];
    for (let interval = 1; interval <= 400 && traps.length < 200; interval++) {
      for (let ease = 130; ease <= 300; ease++) {
        const exact = bigCeil(interval, ease);
        if (Math.ceil(interval * (ease / 100)) !== exact) traps.push({ interval, ease: ease / 100, days: exact });
      }
    }
    expect(traps.length).toBeGreaterThan(10);
    // A few named ones, whole products by hand: 25 × 2.2 = 55, 50 × 2.2 = 110, 90 × 2.7 = 243.
    expect(traps).toContainEqual({ interval: 25, ease: 2.2, days: 55 });
    expect(traps).toContainEqual({ interval: 50, ease: 2.2, days: 110 });
    expect(traps).toContainEqual({ interval: 90, ease: 2.7, days: 243 });
    for (const { interval, ease, days } of traps) {
      expect(sm2({ repetitions: 3, easeFactor: ease, interval }, 4).interval, `${interval} × ${ease}`).toBe(days);
    }
  });

  it("matches integer ceil(interval × ease) for every interval up to 1000 and ease 1.3 to 3.5", () => {
    for (let interval = 1; interval <= 1000; interval += 1) {
      for (let ease = 130; ease <= 350; ease += 7) {
        const expected = bigCeil(interval, ease);
        expect(sm2({ repetitions: 2 + (interval % 5), easeFactor: ease / 100, interval }, 5).interval).toBe(expected);
      }
    }
  });

  it("reads an ease carrying float noise (2.22 + 0.14 = 2.3600000000000003) as its hundredths", () => {
    const noisy = 2.22 + 0.14; // 2.3600000000000003
    expect(noisy).not.toBe(2.36);
    expect(sm2({ repetitions: 3, easeFactor: noisy, interval: 25 }, 4)).toEqual({ repetitions: 4, easeFactor: 2.36, interval: 59 });
  });
});

describe("sm2: failures and passes", () => {
  it.each([0, 1, 2] as Quality[])("a failure (q = %i) restarts repetitions at 0 with a 1-day interval and keeps the lowered ease", (q) => {
    const mature: Sm2State = { repetitions: 6, easeFactor: 2.4, interval: 120 };
    const next = sm2(mature, q);
    const miss = 5 - q;
    expect(next).toEqual({ repetitions: 0, interval: 1, easeFactor: (240 + 10 - miss * (8 + miss * 2)) / 100 });
  });

  it("after a failure, the next passes climb from the start again (1, 6, then × ease) with the lowered ease", () => {
    const mature: Sm2State = { repetitions: 6, easeFactor: 2.5, interval: 120 };
    const [failed, first, second, third] = run(mature, [1, 4, 4, 4]);
    expect(failed).toEqual({ repetitions: 0, easeFactor: 1.96, interval: 1 });
    expect(first).toEqual({ repetitions: 1, easeFactor: 1.96, interval: 1 });
    expect(second).toEqual({ repetitions: 2, easeFactor: 1.96, interval: 6 });
    // ceil(6 × 1.96) = ceil(11.76) = 12.
    expect(third).toEqual({ repetitions: 3, easeFactor: 1.96, interval: 12 });
  });

  it("counts q = 3 as a success (repetitions go up, interval grows) but lowers the ease by 0.14", () => {
    const next = sm2({ repetitions: 3, easeFactor: 2.5, interval: 15 }, 3);
    expect(next.repetitions).toBe(4);
    // ceil(15 × 2.5) = 38, with the ease from before.
    expect(next.interval).toBe(38);
    expect(next.easeFactor).toBe(2.36);
  });

  it("does not change the state it is given", () => {
    const state: Sm2State = { repetitions: 2, easeFactor: 2.5, interval: 6 };
    const copy = { ...state };
    sm2(state, 0);
    sm2(state, 5);
    expect(state).toEqual(copy);
  });
});

describe("isQuality", () => {
  it("accepts the whole numbers 0 to 5 and nothing else", () => {
    for (const q of [0, 1, 2, 3, 4, 5]) expect(isQuality(q)).toBe(true);
    for (const value of [-1, 6, 2.5, NaN, "3", null, undefined, Infinity]) expect(isQuality(value)).toBe(false);
  });
});
