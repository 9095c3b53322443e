import Link from "next/link";
import { readEvaluation, type Metrics } from "@/app/_lib/srs/evaluate";
import type { StoredEvaluation } from "@/app/_lib/dal/json-columns";
import type { OptimizeStatus } from "@/app/_lib/dal/fsrs-optimizer";
import { TableScroll } from "@/app/_components/table-scroll";
import { countOf as count } from "@/app/_lib/count-of";
import { FsrsJobControl } from "@/app/_components/fsrs-job-control";

const figure = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? "—" : value.toFixed(3));

/**
 * Which scheduler predicts the member's recall best, on their own reviews: the last evaluation, which the member
 * runs (again) from here; it is seconds of work on a long history, so it runs in the background, not on a page view.
 */
export function SchedulerComparisonTable({
  evaluation,
  job,
  scheduler,
  dateOf,
}: {
  evaluation: StoredEvaluation | null;
  job: OptimizeStatus;
  scheduler: string;
  dateOf: (at: string) => string;
}) {
  const rows: [string, Metrics | null][] = evaluation
    ? [
        ["SM-2", evaluation.sm2],
        ["FSRS, default parameters", evaluation.fsrsDefault],
        ["FSRS, your parameters", evaluation.fsrsFitted],
      ]
    : [];
  return (
    <section aria-labelledby="schedulers-title" id="schedulers">
      <h2 id="schedulers-title">Which scheduler predicts you best</h2>
      <p className="muted">
        Each scheduler&apos;s prediction of whether you would recall a card, made from your earlier reviews only, against what you then did. Lower is better on
        both: log loss scores every prediction, RMSE (bins) how far &ldquo;80% likely&rdquo; was from the share you actually recalled. You use{" "}
        {scheduler === "fsrs" ? "FSRS" : "SM-2"} (<Link href="/settings#scheduler">change</Link>).
      </p>
      {evaluation ? (
        <>
          <p id="schedulers-reading">
            <strong>{readEvaluation(evaluation)}</strong>
          </p>
          <TableScroll label="Schedulers compared">
            <table className="compact">
              <caption className="visually-hidden">Schedulers compared on your reviews</caption>
              <thead>
                <tr>
                  <th scope="col">Scheduler</th>
                  <th scope="col">Log loss</th>
                  <th scope="col">RMSE (bins)</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(([label, metrics]) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    <td>{figure(metrics?.logLoss)}</td>
                    <td>{figure(metrics?.rmseBins)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="muted">
            {count(evaluation.predicted, "prediction")} from your {count(evaluation.reviews, "review")}, on {dateOf(evaluation.at)}.
            {evaluation.fsrsFitted ? "" : " FSRS with your own parameters is compared once they can be fitted (Settings)."}
          </p>
        </>
      ) : (
        <p>Not compared yet. It takes a few seconds, in the background.</p>
      )}
      <FsrsJobControl initial={job} label={evaluation ? "Compare again" : "Compare on my reviews"} />
    </section>
  );
}
