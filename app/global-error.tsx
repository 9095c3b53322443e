"use client";

import { ErrorNotice } from "@/app/_components/error-notice";
import "./globals.css";

/**
 * When the root layout itself fails (it reads the session from the database), this replaces it, so it brings
 * its own <html>, <body>, title and stylesheet.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>Something went wrong · DVA Study</title>
        <main id="main">
          <ErrorNotice error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
