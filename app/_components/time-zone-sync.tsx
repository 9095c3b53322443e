"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { reportBrowserTimeZone } from "@/app/_lib/actions/study";
import { browserTimeZone } from "@/app/_lib/client/browser-time-zone";

/** Rendered only for a member with no time zone yet: tells the server the browser's, once. */
export function TimeZoneSync() {
  const router = useRouter();
  useEffect(() => {
    const zone = browserTimeZone();
    if (zone) void reportBrowserTimeZone(zone).then(() => router.refresh());
  }, [router]);
  return null;
}
