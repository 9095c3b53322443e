import { describe, expect, it } from "vitest";
import { buildQueue, interleaveByTopic, itemKey, type DailyLimits, type DoneToday, type ItemRef, type QueueInput, type QueueItemState } from "@/app/_lib/srs/queue";
import { dayStart, dueAtFor, studyDayOf } from "@/app/_lib/srs/study-day";

const BERLIN = "Europe/Berlin";
const LOS_ANGELES = "America/Los_Angeles";
const NOW = new Date("2026-11-25T10:00:00Z"); // 11:00 in Berlin
const TODAY = "2026-11-25";
const HOUR = 3_600_000;

const card = (itemId: string): ItemRef => ({ itemKind: "card", itemId });
const question = (itemId: string): ItemRef => ({ itemKind: "question", itemId });
const daysAgo = (days: number) => new Date(dayStart(TODAY, BERLIN).getTime() - days * 24 * HOUR);

/** A state that has been reviewed before and is due at `dueAt`. */
function seen(dueAt: Date, extra: Partial<QueueItemState> = {}): QueueItemState {
  return {
    repetitions: 3,
    easeFactor: 2.5,
    interval: 15,
    dueAt,
    suspended: false,
    redrillDay: null,
    buriedDay: null,
    version: 3,
    firstReviewedAt: new Date("2026-10-01T10:00:00Z"),
    lastReviewedAt: new Date(dueAt.getTime() - 15 * 24 * HOUR),
    ...extra,
  };
}

/** A state graded below 4 today: due tomorrow, to be re-drilled today. */
function redrill(lastReviewedAt: Date, extra: Partial<QueueItemState> = {}): QueueItemState {
  return seen(dueAtFor(lastReviewedAt, 1, BERLIN), { repetitions: 0, interval: 1, redrillDay: TODAY, lastReviewedAt, ...extra });
}

interface Setup {
  items: ItemRef[];
  states?: [ItemRef, QueueItemState][];
  limits?: Partial<DailyLimits>;
  done?: Partial<DoneToday>;
  now?: Date;
  today?: string;
  isNewable?: QueueInput["isNewable"];
}

function queue({ items, states = [], limits = {}, done = {}, now = NOW, today = TODAY, isNewable = (item) => item.itemKind === "card" }: Setup) {
  return buildQueue({
    items,
    isNewable,
    states: new Map(states.map(([item, state]) => [itemKey(item), state])),
    limits: { newPerDay: 20, reviewsPerDay: 200, ...limits },
    doneToday: { new: 0, review: 0, redrill: 0, ...done },
    today,
    now,
  });
}

const ids = (q: ReturnType<typeof queue>) => q.entries.map((e) => `${e.kind}:${e.itemId}`);

describe("buildQueue: daily limits", () => {
  const dueItems = ["a", "b", "c", "d", "e"].map(card);
  const dueStates = dueItems.map((item, i): [ItemRef, QueueItemState] => [item, seen(daysAgo(i + 1))]);

  it("offers only what is left of the review limit after today's reviews, and counts the rest as over the limit", () => {
    const q = queue({ items: dueItems, states: dueStates, limits: { reviewsPerDay: 4 }, done: { review: 2 } });
    expect(q.counts.review).toBe(2);
    expect(q.entries.filter((e) => e.kind === "review")).toHaveLength(2);
    expect(q.overLimit).toEqual({ review: 3, new: 0 });
  });

  it("offers no reviews once the limit is reached or passed, never a negative count", () => {
    const reached = queue({ items: dueItems, states: dueStates, limits: { reviewsPerDay: 4 }, done: { review: 4 } });
    expect(reached.entries).toEqual([]);
    expect(reached.overLimit.review).toBe(5);
    const passed = queue({ items: dueItems, states: dueStates, limits: { reviewsPerDay: 4 }, done: { review: 9 } });
    expect(passed.counts).toEqual({ review: 0, new: 0, redrill: 0 });
    expect(passed.overLimit.review).toBe(5);
  });

  it("offers only what is left of the new limit after today's new cards, in content order", () => {
    const items = ["n1", "n2", "n3", "n4", "n5"].map(card);
    const q = queue({ items, limits: { newPerDay: 3 }, done: { new: 1 } });
    expect(ids(q)).toEqual(["new:n1", "new:n2"]);
    expect(q.overLimit).toEqual({ review: 0, new: 3 });
  });

  it("counts each limit only against its own kind: re-drills and new cards done do not use up reviews", () => {
    const items = [...dueItems, card("n1"), card("n2")];
    const q = queue({ items, states: dueStates, limits: { reviewsPerDay: 5, newPerDay: 2 }, done: { redrill: 50, new: 0, review: 0 } });
    expect(q.counts).toEqual({ review: 5, new: 2, redrill: 0 });
    const q2 = queue({ items, states: dueStates, limits: { reviewsPerDay: 5, newPerDay: 2 }, done: { review: 5 } });
    expect(q2.counts).toEqual({ review: 0, new: 2, redrill: 0 });
  });

  it("offers nothing new with a new limit of 0", () => {
    const q = queue({ items: [card("n1")], limits: { newPerDay: 0 } });
    expect(q.entries).toEqual([]);
    expect(q.overLimit.new).toBe(1);
  });
});

describe("buildQueue: order", () => {
  it("puts due reviews first, most overdue first, then new items, with a re-drill just graded five items on", () => {
    const items = [card("new-1"), card("due-2-days"), card("again"), card("due-5-days"), card("new-2"), card("due-today")];
    const q = queue({
      items,
      states: [
        [card("due-2-days"), seen(daysAgo(2))],
        [card("due-5-days"), seen(daysAgo(5))],
        [card("due-today"), seen(dayStart(TODAY, BERLIN))],
        [card("again"), redrill(new Date(NOW.getTime() - 60_000))],
      ],
    });
    expect(ids(q)).toEqual(["review:due-5-days", "review:due-2-days", "review:due-today", "new:new-1", "new:new-2", "redrill:again"]);
    expect(q.counts).toEqual({ review: 3, new: 2, redrill: 1 });
  });

  it("breaks ties between equally overdue reviews by content order, not by the order states were loaded", () => {
    const items = ["x", "y", "z", "w"].map(card);
    const sameDue = daysAgo(1);
    const q = queue({
      items,
      // Loaded in a different order from the content.
      states: [
        [card("z"), seen(sameDue)],
        [card("w"), seen(daysAgo(3))],
        [card("x"), seen(sameDue)],
        [card("y"), seen(sameDue)],
      ],
    });
    expect(ids(q)).toEqual(["review:w", "review:x", "review:y", "review:z"]);
  });

  it("keeps the most overdue reviews when the limit cuts the list", () => {
    const items = ["a", "b", "c"].map(card);
    const q = queue({
      items,
      states: [
        [card("a"), seen(daysAgo(1))],
        [card("b"), seen(daysAgo(10))],
        [card("c"), seen(daysAgo(4))],
      ],
      limits: { reviewsPerDay: 2 },
    });
    expect(ids(q)).toEqual(["review:b", "review:c"]);
  });

  it("brings a failed item back after five other items have been graded since, or after ten minutes, whichever is first", () => {
    const fresh = Array.from({ length: 8 }, (_, i) => card(`n${i + 1}`));
    const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
    const base = { items: [card("again"), ...fresh] };
    // Failed a minute ago, nothing graded since: after five more.
    expect(ids(queue({ ...base, states: [[card("again"), redrill(minutesAgo(1))]] }))).toEqual(
      ["new:n1", "new:n2", "new:n3", "new:n4", "new:n5", "redrill:again", "new:n6", "new:n7", "new:n8"],
    );
    // Two others graded since (their latest grades are later): three more to go.
    const twoSince: Setup["states"] = [
      [card("again"), redrill(minutesAgo(3))],
      [card("g1"), seen(daysAgo(-1), { lastReviewedAt: minutesAgo(2) })],
      [card("g2"), seen(daysAgo(-1), { lastReviewedAt: minutesAgo(1) })],
    ];
    expect(ids(queue({ items: [...base.items, card("g1"), card("g2")], states: twoSince })).slice(0, 4)).toEqual(["new:n1", "new:n2", "new:n3", "redrill:again"]);
    // Ten minutes on, it is next whatever was graded meanwhile.
    expect(ids(queue({ ...base, states: [[card("again"), redrill(minutesAgo(10))]] }))[0]).toBe("redrill:again");
  });

  it("orders re-drills by when they were graded, whatever their content order", () => {
    const items = ["first-in-content", "second-in-content", "third-in-content"].map(card);
    const q = queue({
      items,
      states: [
        [card("first-in-content"), redrill(new Date("2026-11-25T09:30:00Z"))],
        [card("second-in-content"), redrill(new Date("2026-11-25T08:00:00Z"))],
        [card("third-in-content"), redrill(new Date("2026-11-25T09:00:00Z"))],
      ],
    });
    expect(ids(q)).toEqual(["redrill:second-in-content", "redrill:third-in-content", "redrill:first-in-content"]);
  });

  it("offers re-drills even when both daily limits are used up (they are not limited)", () => {
    const q = queue({
      items: [card("again"), card("n1")],
      states: [[card("again"), redrill(new Date("2026-11-25T09:00:00Z"))]],
      limits: { newPerDay: 0, reviewsPerDay: 0 },
    });
    expect(ids(q)).toEqual(["redrill:again"]);
  });
});

describe("buildQueue: which items are in it", () => {
  it("introduces only newable items as new: an unseen question is not new, a missed question in the review log is a review", () => {
    const items = [card("c1"), question("q-unseen"), question("q-missed"), card("c2")];
    const q = queue({ items, states: [[question("q-missed"), seen(daysAgo(0))]] });
    expect(q.entries.map((e) => `${e.kind}:${itemKey(e)}`)).toEqual(["review:question:q-missed", "new:card:c1", "new:card:c2"]);
    expect(q.overLimit.new).toBe(0);
  });

  it("leaves suspended items out everywhere: not due, not new, not re-drilled, not over the limit, not the next due", () => {
    const items = ["due", "unseen", "again", "later", "live"].map(card);
    const q = queue({
      items,
      states: [
        [card("due"), seen(daysAgo(3), { suspended: true })],
        [card("unseen"), { ...seen(daysAgo(0)), dueAt: null, firstReviewedAt: null, lastReviewedAt: null, suspended: true }],
        [card("again"), redrill(new Date("2026-11-25T09:00:00Z"), { suspended: true })],
        [card("later"), seen(new Date("2026-11-27T03:00:00Z"), { suspended: true })],
      ],
      limits: { reviewsPerDay: 0, newPerDay: 0 },
    });
    expect(q.entries).toEqual([]);
    expect(q.overLimit).toEqual({ review: 0, new: 1 }); // only "live"
    expect(q.nextDueAt).toBeNull();
  });

  it("leaves items buried today out of today's queue, and brings them back the next study day", () => {
    const items = ["due", "unseen", "again", "yesterday"].map(card);
    const states: [ItemRef, QueueItemState][] = [
      [card("due"), seen(daysAgo(3), { buriedDay: TODAY })],
      [card("unseen"), { ...seen(daysAgo(0)), dueAt: null, firstReviewedAt: null, lastReviewedAt: null, buriedDay: TODAY }],
      [card("again"), redrill(new Date("2026-11-25T09:00:00Z"), { buriedDay: TODAY })],
      [card("yesterday"), seen(daysAgo(3), { buriedDay: "2026-11-24" })],
    ];
    expect(queue({ items, states }).entries.map(itemKey)).toEqual(["card:yesterday"]);
    const tomorrow = queue({ items, states, today: "2026-11-26", now: new Date(NOW.getTime() + 24 * HOUR) });
    expect(tomorrow.entries.map((e) => `${e.kind}:${e.itemId}`)).toEqual(["review:due", "review:yesterday", "review:again", "new:unseen"]);
  });

  it("leaves out items not yet due, and reports the earliest of them as the next due date", () => {
    const items = ["soon", "later", "due"].map(card);
    const soon = new Date("2026-11-26T03:00:00Z");
    const q = queue({
      items,
      states: [
        [card("later"), seen(new Date("2026-12-10T03:00:00Z"))],
        [card("soon"), seen(soon)],
        [card("due"), seen(daysAgo(1))],
      ],
    });
    expect(ids(q)).toEqual(["review:due"]);
    expect(q.nextDueAt).toEqual(soon);
  });

  it("has no next due date when nothing is scheduled in the future", () => {
    expect(queue({ items: [card("n1")] }).nextDueAt).toBeNull();
    expect(queue({ items: [card("d")], states: [[card("d"), seen(daysAgo(1))]] }).nextDueAt).toBeNull();
  });

  it("counts an item due exactly now as due", () => {
    const q = queue({ items: [card("d")], states: [[card("d"), seen(NOW)]] });
    expect(ids(q)).toEqual(["review:d"]);
  });

  it("does not re-drill an item marked for re-drilling on an earlier day", () => {
    const q = queue({
      items: [card("stale")],
      states: [[card("stale"), seen(new Date("2026-11-26T03:00:00Z"), { redrillDay: "2026-11-24" })]],
    });
    expect(q.entries).toEqual([]);
    expect(q.nextDueAt).toEqual(new Date("2026-11-26T03:00:00Z"));
  });

  it("ignores states of items that are not in the list (another topic, retired content)", () => {
    const q = queue({ items: [card("here")], states: [[card("elsewhere"), seen(daysAgo(2))]] });
    expect(ids(q)).toEqual(["new:here"]);
    expect(q.overLimit.review).toBe(0);
  });

  it("carries the version and SM-2 numbers each grade must be made against", () => {
    const items = [card("due"), card("unseen"), card("unsuspended")];
    const q = queue({
      items,
      states: [
        [card("due"), seen(daysAgo(1), { version: 7, repetitions: 4, easeFactor: 2.36, interval: 38 })],
        // Suspended and unsuspended before ever being graded: a row with a version, but still new.
        [card("unsuspended"), { ...seen(daysAgo(0)), dueAt: null, firstReviewedAt: null, lastReviewedAt: null, version: 2, repetitions: 0, interval: 0 }],
      ],
    });
    expect(q.entries).toEqual([
      { itemKind: "card", itemId: "due", kind: "review", version: 7, repetitions: 4, easeFactor: 2.36, interval: 38 },
      { itemKind: "card", itemId: "unseen", kind: "new", version: 0, repetitions: 0, easeFactor: 2.5, interval: 0 },
      { itemKind: "card", itemId: "unsuspended", kind: "new", version: 2, repetitions: 0, easeFactor: 2.5, interval: 0 },
    ]);
  });
});

describe("buildQueue: the 4 a.m. boundary", () => {
  it.each([
    { zone: BERLIN, graded: "2026-11-24T19:00:00Z", justBefore: "2026-11-25T02:59:00Z", fourAm: "2026-11-25T03:00:00Z" },
    { zone: LOS_ANGELES, graded: "2026-11-25T03:00:00Z", justBefore: "2026-11-25T11:59:00Z", fourAm: "2026-11-25T12:00:00Z" },
  ])("in $zone, a card graded yesterday with interval 1 is not due at 03:59 local but is at 04:00", ({ zone, graded, justBefore, fourAm }) => {
    const gradedAt = new Date(graded);
    const dueAt = dueAtFor(gradedAt, 1, zone);
    expect(dueAt.toISOString()).toBe(new Date(fourAm).toISOString());
    const items = [card("yesterday-good"), card("yesterday-again")];
    const states: [ItemRef, QueueItemState][] = [
      [card("yesterday-good"), seen(dueAt, { interval: 1, repetitions: 1, lastReviewedAt: gradedAt })],
      // Graded below 4 yesterday: still a re-drill until yesterday's study day ends at 4 a.m.
      [card("yesterday-again"), seen(dueAt, { interval: 1, repetitions: 0, lastReviewedAt: gradedAt, redrillDay: studyDayOf(gradedAt, zone) })],
    ];

    const late = new Date(justBefore);
    const lateQueue = queue({ items, states, now: late, today: studyDayOf(late, zone) });
    expect(studyDayOf(late, zone)).toBe(studyDayOf(gradedAt, zone));
    expect(ids(lateQueue)).toEqual(["redrill:yesterday-again"]);
    expect(lateQueue.nextDueAt).toEqual(dueAt);

    const morning = new Date(fourAm);
    const morningQueue = queue({ items, states, now: morning, today: studyDayOf(morning, zone) });
    expect(ids(morningQueue)).toEqual(["review:yesterday-good", "review:yesterday-again"]);
    expect(morningQueue.nextDueAt).toBeNull();
  });
});

describe("interleaveByTopic: mixed new cards", () => {
  it("takes the topics in turn, each in its own order, until every item is placed once", () => {
    const items = ["rds-1", "rds-2", "rds-3", "aurora-1", "ddb-1", "ddb-2"].map((id) => ({ id, topicSlug: id.split("-")[0]! }));
    expect(interleaveByTopic(items).map((item) => item.id)).toEqual(["rds-1", "aurora-1", "ddb-1", "rds-2", "ddb-2", "rds-3"]);
    expect(interleaveByTopic([])).toEqual([]);
  });
});
