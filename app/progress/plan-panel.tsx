import Link from "next/link";
import { domainLabel } from "@/app/_lib/content/schema";
import type { ExamPlan } from "@/app/_lib/stats/exam-plan";
import type { Readiness } from "@/app/_lib/stats/readiness";
import { ApplyNewPerDay } from "@/app/_components/apply-new-per-day";
import { dayLabel } from "@/app/_components/exam-countdown";
import { countOf } from "@/app/_lib/count-of";

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** What to do between now and the exam: new cards a day, the next timed exam, today's weakest domain, cram. */
export function PlanPanel({ plan, readiness, newPerDay, today }: { plan: ExamPlan | null; readiness: Readiness; newPerDay: number; today: string }) {
  if (!plan) return null;
  const weakest = plan.weakestDomain;
  const weakestFigure = weakest && readiness.kind === "estimate" ? readiness.domains.find((d) => d.domain === weakest.domain) : undefined;
  const weakestNeed = weakest && readiness.kind === "missing" ? readiness.needs.find((d) => d.domain === weakest.domain) : undefined;
  return (
    <section aria-labelledby="plan-title" id="plan">
      <h2 id="plan-title">Your plan to the exam</h2>
      <ul className="plan">
        <li id="plan-new-cards">
          {plan.newPerDay === 0 && <>You have started every card: keep up with your reviews each day.</>}
          {plan.newPerDay === null && (
            <>
              There is no longer time to see a new card twice before the exam: keep up with your reviews, and start the{" "}
              {countOf(plan.unseenCards, "card")} you have not seen only if time allows.
            </>
          )}
          {plan.newPerDay !== null && plan.newPerDay > 0 && (
            <>
              To see each of your {countOf(plan.unseenCards, "new card")} at least twice before the exam, start <strong>{plan.newPerDay} a day</strong>{" "}
              until {dayLabel(plan.lastNewDay!)}. Your limit is {newPerDay} a day.
              <ApplyNewPerDay newPerDay={plan.newPerDay} current={newPerDay} />
            </>
          )}
        </li>
        <li id="plan-next-exam">
          {plan.nextExam ? (
            <>
              Take a timed practice exam every {plan.nextExam.every} days: the next one{" "}
              <strong>{plan.nextExam.day === today ? "today" : `on ${dayLabel(plan.nextExam.day)}`}</strong>.{" "}
              <Link href="/quiz#exam-title">Start a timed exam</Link>
            </>
          ) : (
            <>No more timed exams before the day: rest, and review.</>
          )}
        </li>
        {weakest && (
          <li id="plan-weakest">
            Work on <strong>{domainLabel(weakest.domain)}</strong> today:{" "}
            {weakestFigure && <>your lowest expected score, {pct(weakestFigure.expected)}.</>}
            {weakestNeed && <>it needs {countOf(weakestNeed.more, "more answer")} before there is an estimate.</>}{" "}
            <Link href={`/quiz?domain=${weakest.domain}#practice-title`}>Practice {domainLabel(weakest.domain)} questions</Link>
          </li>
        )}
        {plan.cram && (
          <li id="plan-cram">
            Your exam is close: a cram session goes over the cards you are likely to have forgotten by then, without moving your schedule.{" "}
            <Link href="/study/cram">Start the cram session</Link>
          </li>
        )}
      </ul>
    </section>
  );
}
