import Link from "next/link";
import { contentTotals, listTopics } from "./_lib/dal/content";
import { streakOf } from "./_lib/dal/progress";
import { studySummary } from "./_lib/dal/study";
import { requireUser } from "./_lib/auth";
import * as clock from "@/app/_lib/clock";
import { ExamCountdown } from "@/app/_components/exam-countdown";
import { readinessReport } from "@/app/_lib/dal/readiness";
import { calendarDayOf } from "@/app/_lib/srs/study-day";
import { examPlanOf } from "@/app/_lib/dal/exam-plan";
import { cramOpen } from "@/app/_lib/stats/exam-plan";
import { domainLabel } from "@/app/_lib/content/schema";
import { countOf } from "@/app/_lib/count-of";
import { BUNDLED_DECK } from "@/app/_lib/content/bundled-deck";

export const dynamic = "force-dynamic";

const pct = (share: number) => `${Math.round(share * 100)}%`;

export default async function HomePage() {
  const user = await requireUser("/");
  const now = await clock.now();
  const [visibleTopics, totals, today, streak, { readiness }] = await Promise.all([
    listTopics(user.id),
    contentTotals(user.id),
    studySummary(user, now),
    streakOf(user, now),
    readinessReport(user, now),
  ]);
  const plan = await examPlanOf(user, readiness, now);
  const calendarToday = calendarDayOf(now, user.timeZone ?? "UTC");
  const waiting = today.review + today.new + today.redrill;
  // The guide's topics; members' own and shared decks have their page (/decks).
  const topics = visibleTopics.filter((topic) => topic.deckId === BUNDLED_DECK.id);
  const otherDecks = visibleTopics.length > topics.length;
  return (
    <div className="page">
      <h1 className="hero-title">Pass the AWS Developer Associate with databases you actually understand.</h1>
      <section className="panel today" aria-labelledby="today-title">
        <h2 id="today-title">Today</h2>
        <ExamCountdown examDate={user.examDate} today={calendarToday} />
        {readiness.kind === "estimate" && (
          <p id="home-readiness">
            Readiness on what this app covers: about {pct(readiness.expected)} ({Math.round(readiness.low * 100)}–{pct(readiness.high)}), a{" "}
            {pct(readiness.passChance)} chance of 72%. <Link href="/progress#readiness">How it is worked out</Link>
          </p>
        )}
        {plan && (
          <p id="home-plan">
            Today&apos;s plan:{" "}
            {[
              plan.newPerDay ? `${countOf(plan.newPerDay, "new card")} a day` : null,
              plan.nextExam?.day === calendarToday ? "a timed practice exam" : null,
              plan.weakestDomain ? `work on ${domainLabel(plan.weakestDomain.domain)}` : null,
            ]
              .filter(Boolean)
              .join(", ") || "keep up with your reviews"}
            . <Link href="/progress#plan">Your plan to the exam</Link>
          </p>
        )}
        {cramOpen(calendarToday, user.examDate, user.cramDays) && (
          <p id="home-cram" className="notice info">
            Your exam is close. <Link href="/study/cram">Cram session</Link>: the cards you are likely to have forgotten by then, without moving your schedule.
          </p>
        )}
        <p>
          {waiting > 0 ? (
            <>
              <strong>{today.review}</strong> {today.review === 1 ? "review" : "reviews"} due and <strong>{today.new}</strong> new{" "}
              {today.new === 1 ? "card" : "cards"} waiting
              {today.redrill > 0 ? `, ${today.redrill} to go over again` : ""}; {today.done} done so far.
            </>
          ) : (
            <>Nothing waiting: {today.done > 0 ? `${today.done} done today.` : "come back tomorrow, or study more new cards."}</>
          )}
        </p>
        <div className="actions">
          <Link className="button" href="/study">
            {waiting > 0 ? "Study now" : "Open the study screen"}
          </Link>
          <Link className="button secondary" href="/quiz">
            Take a quiz
          </Link>
        </div>
        <p className="muted">
          {streak > 0 ? `${streak} ${streak === 1 ? "day" : "days"} in a row. ` : ""}
          <Link href="/progress">See your progress</Link>
        </p>
      </section>

      <section className="hero" aria-label="About the deck">
        <p className="lede">
          Flashcards and exam-style scenarios on RDS, Aurora, ElastiCache and DynamoDB — every fact checked against the
          AWS documentation, with the places the popular guide gets it wrong called out.
        </p>
        <ul className="stats" aria-label="What is in the deck">
          <li>
            <strong>{topics.reduce((sum, topic) => sum + topic.cardCount, 0)}</strong> <span>flashcards</span>
          </li>
          <li>
            <strong>{topics.reduce((sum, topic) => sum + topic.questionCount, 0)}</strong> <span>scenario questions</span>
          </li>
          <li>
            <strong>{topics.length}</strong> <span>topics</span>
          </li>
          <li>
            <strong>{totals.corrections}</strong> <span>cards correct the guide</span>
          </li>
        </ul>
      </section>

      <h2 id="topics-title">Topics</h2>
      <ul className="grid" aria-labelledby="topics-title">
        {topics.map((topic) => (
          <li key={topic.slug} className="panel topic-card">
            <h3>
              <Link href={`/topics/${topic.slug}`}>{topic.title}</Link>
            </h3>
            <p>{topic.summary}</p>
            <div className="counts">
              <span>{topic.cardCount} cards</span>
              <span>{topic.questionCount} questions</span>
              <a href={`/study?topic=${topic.slug}`} className="topic-study" aria-label={`Study ${topic.title}`}>
                Study
              </a>
            </div>
          </li>
        ))}
      </ul>
      <p className="muted">
        {otherDecks ? "You also study decks of your own or the group's: " : "Bring the rest of the exam: write or share decks of your own on "}
        <Link href="/decks">Decks</Link>.
      </p>
    </div>
  );
}
