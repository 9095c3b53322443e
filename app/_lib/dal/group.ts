import "server-only";
import { getDb } from "@/app/_lib/db";
import { calendarDayOf, daysBetween, studyDayOf } from "@/app/_lib/srs/study-day";
import { readinessBand } from "@/app/_lib/stats/readiness";
import { readinessReport } from "./readiness";
import { recentTotal } from "@/app/_lib/stats/heatmap";
import { poolMastery, weakestFirst, type PooledMastery } from "@/app/_lib/stats/mastery";
import { percent } from "@/app/_lib/stats/percent";
import { currentStreak } from "@/app/_lib/stats/streak";
import { groupContent } from "./content-snapshot";
import { historySummary } from "./history";
import { masteryRows } from "./progress";

/** The group as a member sees it: everyone who hasn't chosen to be hidden, and always the viewer. */
export async function listGroupMembers(viewerId: string) {
  const db = await getDb();
  return db.user.findMany({
    where: { OR: [{ hiddenFromGroup: false }, { id: viewerId }] },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      role: true,
      hiddenFromGroup: true,
      createdAt: true,
      timeZone: true,
      historyVersion: true,
      examDate: true,
      scheduler: true,
      fsrsParameters: true,
    },
  });
}

function groupByUser<T extends { userId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.userId);
    if (list) list.push(row);
    else map.set(row.userId, [row]);
  }
  return map;
}

/**
 * The group board: for each visible member, their streak, reviews this week, 30-day retention, mastery and
 * latest exam score, days to their exam date with a readiness band (no figure); and the group's weakest topics. Two queries for the whole group, plus each member's
 * history summary (from memory unless they graded since).
 * Hidden members are left out of everything, the group's figures included (except for themselves).
 */
export async function groupBoard(viewerId: string, now: Date) {
  const db = await getDb();
  // The group's figures count the decks everyone sees (bundled and shared), never a member's own.
  const [members, content] = await Promise.all([listGroupMembers(viewerId), groupContent()]);
  const ids = members.map((member) => member.id);
  const todayOf = (member: { timeZone: string | null }) => studyDayOf(now, member.timeZone ?? "UTC");
  // Days to the exam and a readiness band, only for members with an exam date still ahead.
  const examAhead = (member: (typeof members)[number]) => {
    const days = member.examDate ? daysBetween(calendarDayOf(now, member.timeZone ?? "UTC"), member.examDate) : -1;
    return days >= 0 ? days : null;
  };
  const [histories, outcomes, exams, bands] = await Promise.all([
    Promise.all(members.map((member) => historySummary(member, todayOf(member)))),
    db.quizAnswer.findMany({
      where: { attempt: { userId: { in: ids } }, correct: { not: null } },
      select: { questionId: true, correct: true, attempt: { select: { userId: true } } },
    }),
    db.quizAttempt.findMany({
      where: { userId: { in: ids }, mode: "exam", submittedAt: { not: null } },
      orderBy: { submittedAt: "desc" },
      select: { userId: true, correctCount: true, questionCount: true, submittedAt: true },
    }),
    Promise.all(members.map(async (member) => (examAhead(member) === null ? null : readinessBand((await readinessReport(member, now)).readiness)))),
  ]);
  const outcomesBy = groupByUser(outcomes.map((o) => ({ userId: o.attempt.userId, questionId: o.questionId, correct: o.correct })));
  const latestExam = new Map<string, (typeof exams)[number]>();
  for (const exam of exams) if (!latestExam.has(exam.userId)) latestExam.set(exam.userId, exam);

  const rows = members.map(({ historyVersion: _, examDate: _date, scheduler: _scheduler, fsrsParameters: _parameters, ...member }, i) => {
    const today = todayOf(member);
    const { perDay, retention, cardIntervals } = histories[i]!;
    const topics = masteryRows(content, cardIntervals, outcomesBy.get(member.id) ?? [], "topic");
    const decks = masteryRows(content, cardIntervals, outcomesBy.get(member.id) ?? [], "deck");
    const mature = topics.reduce((sum, t) => sum + t.mature, 0);
    const exam = latestExam.get(member.id);
    return {
      ...member,
      streak: currentStreak(new Set(perDay.keys()), today),
      reviewsThisWeek: recentTotal(perDay, today),
      retention: retention.all,
      masteryPercent: percent(mature, content.cards.length) ?? 0,
      exam: bands[i] ? { daysLeft: examAhead(members[i]!)!, band: bands[i]! } : null,
      latestExam: exam ? { percent: percent(exam.correctCount ?? 0, exam.questionCount), at: exam.submittedAt! } : null,
      topics,
      decks,
    };
  });

  // The group's weakest topics: every visible member's cards and quiz answers pooled, weakest first.
  const weakestTopics = poolMastery(rows.flatMap((row) => row.topics))
    .sort(weakestFirst)
    .slice(0, 3);
  // By deck: the bundled and shared decks only (groupContent holds no one's personal deck), in their listed order.
  const pooledDecks = new Map(poolMastery(rows.flatMap((row) => row.decks)).map((deck) => [deck.slug, deck]));
  const decks = content.decks.map((deck): PooledMastery & { owner: string | null } => ({
    // A deck no one has a card or an answer in yet (an empty shared deck) shows zeros.
    ...(pooledDecks.get(deck.id) ?? { slug: deck.id, cards: 0, mature: 0, quizCorrect: 0, quizTotal: 0, masteryPercent: 0, quizPercent: null, studiedBy: 0 }),
    title: deck.title,
    owner: deck.owner?.name ?? null,
  }));

  return { members: rows, weakestTopics, decks };
}
