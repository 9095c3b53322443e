"use client";

import { ErrorNotice } from "@/app/_components/error-notice";

/** A page that throws while rendering shows this inside the app's layout (header and footer stay). */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice error={error} retry={retry} />;
}
