import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CorrectionNote } from "@/app/_components/correction-note";
import { Markdown } from "@/app/_components/markdown";
import { requireUser } from "@/app/_lib/auth";
import { attemptResults } from "@/app/_lib/dal/quiz";
import { PASS_PERCENT } from "@/app/_lib/quiz/score";
import { OptionList, SolutionFacts } from "@/app/quiz/[attemptId]/option-list";
import { now } from "@/app/_lib/clock";

export const metadata: Metadata = { title: "Results" };

const FILTERS = { all: "All questions", wrong: "Wrong or unanswered", flagged: "Flagged" } as const;
type Filter = keyof typeof FILTERS;

function minutes(ms: number) {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)} min ${String(total % 60).padStart(2, "0")} s`;
}

export default async function ResultsPage({ params, searchParams }: PageProps<"/quiz/[attemptId]/results">) {
  const { attemptId } = await params;
  const { show } = await searchParams;
  const filter: Filter = show === "wrong" || show === "flagged" ? show : "all";
  const user = await requireUser(`/quiz/${attemptId}/results`);
  const results = await attemptResults(user.id, attemptId, await now());
  if (!results) notFound();
  if (results.open) redirect(`/quiz/${attemptId}`);
  const { attempt, rows, summary, usedMs } = results;
  const shown = rows.filter((row) => (filter === "wrong" ? !row.solution.correct : filter === "flagged" ? row.flagged : true));

  return (
    <div className="page">
      <h1>{attempt.mode === "exam" ? "Practice exam results" : "Practice quiz results"}</h1>
      <section className={`panel score ${summary.passed ? "pass" : "fail"}`} aria-labelledby="score-title">
        <h2 id="score-title">
          {summary.correct} of {summary.total} right: {summary.percent}% — {summary.passed ? "at or above the 72% line" : "below the 72% line"}
        </h2>
        <p>
          AWS reports a scaled score from 100 to 1,000 and passes at 720. The scaling isn&apos;t published, so {PASS_PERCENT}% of
          these questions is only an approximation of a pass.
        </p>
        <p>
          Time used: {minutes(usedMs)}
          {attempt.timeLimitSec ? ` of ${Math.round(attempt.timeLimitSec / 60)} min` : ""}
          {attempt.submittedBy === "deadline" ? " (time ran out; the server submitted the answers saved by then)" : ""}.{" "}
          {summary.unanswered > 0 && `${summary.unanswered} unanswered (counted wrong). `}
          Questions you missed are now in your <a href="/study">daily reviews</a>.
        </p>
      </section>

      <div className="breakdowns">
        {(
          [
            ["By topic", summary.byTopic],
            ["By exam domain", summary.byDomain],
          ] as const
        ).map(([title, groups]) => (
          <section key={title} className="panel" aria-label={title}>
            <h2>{title}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{title === "By topic" ? "Topic" : "Domain"}</th>
                  <th scope="col">Right</th>
                  <th scope="col">Score</th>
                </tr>
              </thead>
              <tbody>
                {groups.map((group) => (
                  <tr key={group.key}>
                    <td>{group.key}</td>
                    <td>
                      {group.correct}/{group.total}
                    </td>
                    <td>
                      <span className="meter" aria-hidden="true">
                        <span className={`meter-fill w${Math.round(group.percent / 10) * 10}`} />
                      </span>{" "}
                      {group.percent}%
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>

      <h2 id="review-title">Review every question</h2>
      <nav className="tabs" aria-label="Filter questions">
        {(Object.keys(FILTERS) as Filter[]).map((key) => (
          <a key={key} href={`/quiz/${attemptId}/results${key === "all" ? "" : `?show=${key}`}#review-title`} aria-current={filter === key ? "page" : undefined}>
            {FILTERS[key]}
          </a>
        ))}
      </nav>
      {shown.length === 0 ? (
        <p className="empty">No questions here.</p>
      ) : (
        <ol className="item-list results-list" aria-labelledby="review-title">
          {shown.map((row) => (
            <li key={row.position} className="panel item">
              <h3 className="result-title">
                Question {row.position + 1}{" "}
                <span className={`verdict ${row.solution.correct ? "right" : "wrong"}`}>
                  {row.solution.correct ? "Right" : row.answered ? "Wrong" : "Unanswered"}
                </span>
                {row.flagged && <span className="badge flag">Flagged</span>}
              </h3>
              <p className="item-meta">{row.topicTitle}</p>
              <Markdown className="question-stem" html={row.stemHtml} />
              <OptionList question={row} selected={row.selected} solution={row.solution} />
              <SolutionFacts solution={row.solution} />
              {row.solution.correction && <CorrectionNote correction={row.solution.correction} />}
            </li>
          ))}
        </ol>
      )}
      <p>
        <Link className="button secondary" href="/quiz">
          Back to quizzes
        </Link>
      </p>
    </div>
  );
}
