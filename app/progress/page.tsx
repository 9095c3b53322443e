import type { Metadata } from "next";
import Link from "next/link";
import { ScoreChart } from "@/app/_components/score-chart";
import { requireUser } from "@/app/_lib/auth";
import { progressReport } from "@/app/_lib/dal/progress";
import { studySummary } from "@/app/_lib/dal/study";
import { ForecastChart } from "./forecast-chart";
import { HeatmapChart } from "./heatmap-chart";
import { MasteryTable } from "./mastery-table";
import * as clock from "@/app/_lib/clock";
import { TableScroll } from "@/app/_components/table-scroll";
import { knowledgeReport, storedEvaluation } from "@/app/_lib/dal/fsrs";
import { optimizeStatus } from "@/app/_lib/dal/fsrs-optimizer";
import { getDb } from "@/app/_lib/db";
import { SchedulerComparisonTable } from "./scheduler-comparison";
import { ExamCountdown } from "@/app/_components/exam-countdown";
import { readinessReport } from "@/app/_lib/dal/readiness";
import { ReadinessPanel } from "./readiness-panel";
import { PlanPanel } from "./plan-panel";
import { examPlanOf } from "@/app/_lib/dal/exam-plan";
import { calendarDayOf } from "@/app/_lib/srs/study-day";
import { KnowledgeTable } from "./knowledge-table";
import { DeckTable } from "./deck-table";
import { deckBreakdown } from "@/app/_lib/stats/deck-breakdown";

export const metadata: Metadata = { title: "Progress" };

const pct = (value: number | null) => (value === null ? "—" : `${value}%`);

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  const now = await clock.now();
  const [report, today, evaluation, knowledge, job, readiness] = await Promise.all([
    progressReport(user, now),
    studySummary(user, now),
    storedEvaluation(user.id),
    knowledgeReport(user, now),
    getDb().then((db) => optimizeStatus(db, user.id)),
    readinessReport(user, now),
  ]);
  const plan = await examPlanOf(user, readiness.readiness, now);
  const dateOf = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: report.timeZone });
  const dayLabel = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
  const { retention } = report;

  return (
    <div className="page progress">
      <h1>Your progress</h1>

      <section className="panel today" aria-labelledby="today-title">
        <h2 id="today-title">Today</h2>
        <ExamCountdown examDate={user.examDate} today={calendarDayOf(now, report.timeZone)} />
        <ul className="stats">
          <li>
            <strong>{today.review}</strong> <span>due now</span>
          </li>
          <li>
            <strong>{today.new}</strong> <span>new cards available</span>
          </li>
          <li>
            <strong>{report.reviewedToday}</strong> <span>reviewed today</span>
          </li>
          <li>
            <strong>{report.streak}</strong> <span>{report.streak === 1 ? "day" : "days"} in a row</span>
          </li>
        </ul>
        <div className="actions">
          <Link className="button" href="/study">
            Study now
          </Link>
          <Link className="button secondary" href="/quiz">
            Take a quiz
          </Link>
        </div>
      </section>

      <ReadinessPanel report={readiness} />
      <PlanPanel plan={plan} readiness={readiness.readiness} newPerDay={user.newPerDay} today={calendarDayOf(now, report.timeZone)} />

      <section aria-labelledby="activity-title">
        <h2 id="activity-title">Reviews over the past year</h2>
        <p>
          {report.heatmap.total.toLocaleString("en-US")} {report.heatmap.total === 1 ? "review" : "reviews"} on {report.heatmap.activeDays}{" "}
          {report.heatmap.activeDays === 1 ? "day" : "days"}. Longest streak: {report.longestStreak}{" "}
          {report.longestStreak === 1 ? "day" : "days"}.
        </p>
        <HeatmapChart heatmap={report.heatmap} />
        <details>
          <summary>Reviews by month (table)</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Reviews</th>
              </tr>
            </thead>
            <tbody>
              {report.months.map((m) => (
                <tr key={m.month}>
                  <td>{m.month}</td>
                  <td>{m.reviews}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="retention-title">
        <h2 id="retention-title">Retention, last 30 days</h2>
        <p className="muted">
          The share of reviews you remembered (graded 3 or more), counting each card&apos;s first review of the day only. Mature
          cards have an interval of 21 days or more.
        </p>
        {retention.all.total === 0 && (
          <p className="notice info">
            No figures yet: retention needs reviews of cards you first studied on an earlier day. They start with
            tomorrow&apos;s reviews.
          </p>
        )}
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">Cards</th>
              <th scope="col">Retention</th>
              <th scope="col">Reviews</th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ["Young", retention.young],
                ["Mature", retention.mature],
                ["All", retention.all],
              ] as const
            ).map(([label, rate]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{pct(rate.percent)}</td>
                <td>
                  {rate.passed}/{rate.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="mastery-title">
        <h2 id="mastery-title">Mastery, weakest first</h2>
        <div className="mastery">
          <div className="panel">
            <h3>By topic</h3>
            <TableScroll label="Mastery by topic">
              <MasteryTable title="Mastery by topic" rows={report.byTopic} links />
            </TableScroll>
          </div>
          <div className="panel">
            <h3>By exam domain</h3>
            <TableScroll label="Mastery by exam domain">
              <MasteryTable title="Mastery by exam domain" rows={report.byDomain} links={false} />
            </TableScroll>
          </div>
        </div>
      </section>

      <section aria-labelledby="decks-title">
        <h2 id="decks-title">By deck</h2>
        <p className="muted">Each deck you see: its cards you have studied, the mature ones, how many you would recall now, and your quiz answers on its questions.</p>
        <TableScroll label="Your progress by deck">
          <DeckTable rows={deckBreakdown(report.decks, report.byDeck, knowledge.byDeck)} />
        </TableScroll>
      </section>

      <section aria-labelledby="knowledge-title">
        <h2 id="knowledge-title">Estimated knowledge</h2>
        <p className="muted">
          How many of each topic&apos;s cards you would recall if asked all of them now: the sum of each studied card&apos;s chance of recall, from FSRS&apos;s
          model of your memory.
        </p>
        <TableScroll label="Estimated knowledge by topic">
          <KnowledgeTable rows={knowledge.byTopic} />
        </TableScroll>
      </section>

      <SchedulerComparisonTable evaluation={evaluation} job={job} scheduler={user.scheduler} dateOf={(at) => dateOf.format(new Date(at))} />

      <section aria-labelledby="forecast-title">
        <h2 id="forecast-title">Reviews due, next 30 days</h2>
        <ForecastChart days={report.forecast} />
        <details>
          <summary>Reviews due by day (table)</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              {report.forecast.map((d) => (
                <tr key={d.day}>
                  <td>{dayLabel.format(new Date(`${d.day}T12:00:00Z`))}</td>
                  <td>{d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="scores-title">
        <h2 id="scores-title">Quiz and exam scores</h2>
        {report.attempts.length === 0 ? (
          <p className="empty">
            No quizzes yet. <Link href="/quiz">Take one</Link>.
          </p>
        ) : (
          <>
            <ScoreChart points={report.attempts.map((a) => ({ percent: a.percent, label: dateOf.format(a.startedAt) }))} />
            <table>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Score</th>
                </tr>
              </thead>
              <tbody>
                {[...report.attempts].reverse().map((a) => (
                  <tr key={a.id}>
                    <td>
                      <a href={`/quiz/${a.id}/results`}>{dateOf.format(a.startedAt)}</a>
                    </td>
                    <td>{a.mode === "exam" ? "Exam" : "Practice"}</td>
                    <td>
                      {a.correctCount}/{a.questionCount} ({a.percent}%)
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
