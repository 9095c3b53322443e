import Link from "next/link";
import { readEvaluation, type Metrics } from "@/app/_lib/srs/evaluate";
import type { SchedulerComparison } from "@/app/_lib/dal/fsrs";
import { TableScroll } from "@/app/_components/table-scroll";

const figure = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? "—" : value.toFixed(3));

/** Which scheduler predicts the member's recall best, on their own reviews. */
export function SchedulerComparisonTable({ comparison, scheduler, dateOf }: { comparison: SchedulerComparison; scheduler: string; dateOf: (at: string) => string }) {
  const { evaluation, fitted, reviewsToOptimize } = comparison;
  const rows: [string, Metrics | null][] = [
    ["SM-2", evaluation.sm2],
    ["FSRS, default parameters", evaluation.fsrsDefault],
    ["FSRS, your parameters", evaluation.fsrsFitted],
  ];
  return (
    <section aria-labelledby="schedulers-title" id="schedulers">
      <h2 id="schedulers-title">Which scheduler predicts you best</h2>
      <p className="muted">
        Each scheduler&apos;s prediction of whether you would recall a card, made from your earlier reviews only, against what you then did. Lower is better on
        both: log loss scores every prediction, RMSE (bins) how far &ldquo;80% likely&rdquo; was from the share you actually recalled. You use{" "}
        {scheduler === "fsrs" ? "FSRS" : "SM-2"} (<Link href="/settings#scheduler">change</Link>).
      </p>
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
        {evaluation.predicted.toLocaleString("en")} {evaluation.predicted === 1 ? "review" : "reviews"} predicted
        {fitted ? `, when your parameters were fitted to ${fitted.reviews.toLocaleString("en")} reviews on ${dateOf(fitted.at)}` : ""}.{" "}
        {fitted ? (
          <Link href="/settings#optimize">Optimize again</Link>
        ) : reviewsToOptimize > 0 ? (
          `Your own parameters can be fitted after ${reviewsToOptimize.toLocaleString("en")} more reviews of cards you have seen on two earlier days.`
        ) : (
          <Link href="/settings#optimize">Fit FSRS to your reviews</Link>
        )}
      </p>
    </section>
  );
}
