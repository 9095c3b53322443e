"use client";

import { useEffect, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import type { OptimizeStatus } from "@/app/_lib/dal/fsrs-optimizer";
import { createEndpointClient } from "@/app/_lib/client/endpoint-client";

const POLL_MS = 500;

/**
 * Starts the background job that compares the schedulers on the member's reviews and fits FSRS to them when there
 * are enough (dal/fsrs-optimizer.ts), shows its progress, and reloads the page's figures when it is done. Leaving
 * the page doesn't stop it; coming back shows it still running.
 */
export function FsrsJobControl({ initial, label }: { initial: OptimizeStatus; label: string }) {
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
    <div className="job-control">
      {running ? (
        <p role="status">
          <label htmlFor="fsrs-job-progress">Working… {Math.round(status.progress * 100)}%</label> <progress id="fsrs-job-progress" max={1} value={status.progress} />
        </p>
      ) : (
        <p className={status.state === "failed" || status.state === "refused" ? "form-message" : "form-message ok"} role="status" aria-live="polite">
          {status.state !== "idle" && status.message}
          {trouble}
        </p>
      )}
      <button className="button" type="button" onClick={() => void ask(true)} disabled={running} aria-busy={running}>
        {running ? "Working…" : label}
      </button>
    </div>
  );
}
