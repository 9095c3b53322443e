"use client";

import Link from "next/link";

/**
 * What a person sees instead of Next's default error page when a page fails. In production Next passes no
 * cause to the browser, only `digest`, the key to the server's log entry: so the notice names the usual cause
 * here (the database busy for a moment, during a backup or a restart) without claiming it, says that saved work
 * is safe (a failed render changes nothing), and gives the digest for the admin. No hooks, so the unit test can
 * render it without a DOM.
 */
export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <div className="page narrow">
      <section className="panel">
        <h1>This page couldn&apos;t load</h1>
        <p className="lede">
          The server couldn&apos;t finish this page just now, most often because the database is busy for a moment (a backup or a
          restart). Nothing you had saved is lost.
        </p>
        <p>Try again in a moment.</p>
        <p className="actions">
          <button className="button" type="button" onClick={() => retry()}>
            Try again
          </button>
          <Link className="button secondary" href="/">
            Back to the topics
          </Link>
        </p>
        {digest && (
          <p className="muted">
            If it keeps happening, tell your group&apos;s admin and give them this reference: <code>{digest}</code>
          </p>
        )}
      </section>
    </div>
  );
}
