import Link from "next/link";
import { domainLabel } from "@/app/_lib/content/schema";
import type { ReadinessReport } from "@/app/_lib/dal/readiness";
import { PASS_MARK } from "@/app/_lib/stats/readiness";
import { TableScroll } from "@/app/_components/table-scroll";

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** Exam readiness on what the app covers: the estimate with its range, or what is missing for one. */
export function ReadinessPanel({ report }: { report: ReadinessReport }) {
  const { readiness, examDate } = report;
  return (
    <section aria-labelledby="readiness-title" id="readiness">
      <h2 id="readiness-title">Exam readiness</h2>
      <p className="muted">
        On what this app covers: its questions are on the database services of DVA-C02 (RDS, Aurora, ElastiCache, DynamoDB), a part of the exam, so this is
        your readiness on that part, not a prediction of your whole exam. Estimated from your practice and exam answers, with each question&apos;s difficulty
        from the whole group&apos;s answers, and {examDate ? "your recall projected to your exam date" : "your recall today (set an exam date in Settings to project it)"}.
      </p>
      {readiness.kind === "missing" ? (
        <div className="notice info" id="readiness-missing">
          <p>Not enough answers for an estimate yet:</p>
          <ul>
            {readiness.needs.map((need) => (
              <li key={need.domain}>
                Answer at least {need.more} more {need.more === 1 ? "question" : "questions"} in {domainLabel(need.domain)}.
              </li>
            ))}
          </ul>
          <p>
            <Link href="/quiz">Take a practice quiz</Link>, or a timed exam: it draws questions from every domain.
          </p>
        </div>
      ) : (
        <>
          <p id="readiness-estimate">
            Estimated score <strong>{pct(readiness.expected)}</strong> (90% range {pct(readiness.low)}–{pct(readiness.high)}); chance of reaching{" "}
            {pct(PASS_MARK)}: <strong>{pct(readiness.passChance)}</strong>.
          </p>
          <TableScroll label="Readiness by exam domain">
            <table className="compact">
              <thead>
                <tr>
                  <th scope="col">Domain</th>
                  <th scope="col">Share of the exam</th>
                  <th scope="col">Expected right</th>
                  <th scope="col">Your answers</th>
                </tr>
              </thead>
              <tbody>
                {[...readiness.domains]
                  .sort((a, b) => a.expected - b.expected)
                  .map((domain) => (
                    <tr key={domain.domain}>
                      <th scope="row">{domainLabel(domain.domain)}</th>
                      <td>{pct(domain.weight)}</td>
                      <td>{pct(domain.expected)}</td>
                      <td>{domain.answers}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}
