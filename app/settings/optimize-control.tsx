"use client";

import { useEffect, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import type { OptimizeStatus } from "@/app/_lib/dal/fsrs-optimizer";
import { createEndpointClient } from "@/app/_lib/client/endpoint-client";

const POLL_MS = 500;

/**
 * Fits FSRS to the member's own reviews. The fit runs on the server in the background; this shows its progress
 * and, when it is done, reloads the page's figures. Leaving the page doesn't stop it.
 */
export function OptimizeControl({ initial, lastFit }: { initial: OptimizeStatus; lastFit: string | null }) {
  const [status, setStatus] = useState(initial);
  const [trouble, setTrouble] = useState<string | null>(null);
  const client = useMemo(() => createEndpointClient(setTrouble, () => {}), []);
  const router = useRouter();

  async function ask(start: boolean) {
    const outcome = await client.send("fsrs/optimize", { start });
    if (outcome.status === "ok" && outcome.reply.status) {
      setStatus(outcome.reply.status);
      if (outcome.reply.status.state === "done") router.refresh();
    }
  }

  const running = status.state === "running";
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void ask(false), POLL_MS);
    return () => clearInterval(timer);
  });

  return (
    <section className="panel form" aria-labelledby="optimize-title" id="optimize">
      <h2 id="optimize-title">Fit FSRS to your reviews</h2>
      <p className="muted">
        FSRS starts from parameters fitted to millions of learners. Optimizing fits them to your own review log (under either scheduler), and measures on{" "}
        <a href="/progress#schedulers">your progress page</a> which scheduler predicts your memory best.
      </p>
      {lastFit && <p>{lastFit}</p>}
      {running ? (
        <p role="status">
          <label htmlFor="optimize-progress">Optimizing… {Math.round(status.progress * 100)}%</label>{" "}
          <progress id="optimize-progress" max={1} value={status.progress} />
        </p>
      ) : (
        <p className={status.state === "failed" ? "form-message" : "form-message ok"} role="status" aria-live="polite">
          {status.state === "done" && `Done: fitted to ${status.reviews.toLocaleString("en")} reviews. Your next FSRS grades use these parameters.`}
          {(status.state === "refused" || status.state === "failed") && status.message}
          {trouble}
        </p>
      )}
      <button className="button" type="button" onClick={() => void ask(true)} disabled={running} aria-busy={running}>
        {running ? "Optimizing…" : "Optimize my parameters"}
      </button>
    </section>
  );
}
