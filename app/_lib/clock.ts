import "server-only";
import { headers } from "next/headers";
import { CLOCK_OFFSET_HEADER } from "./clock-header";
import { serverEnv } from "./server-env";

// CLOCK_OFFSET_HEADER moves the clock by that many milliseconds for one request. It is honoured only when the
// server was started with TEST_CLOCK=true (the end-to-end suite's server), so a spec can step past an exam
// deadline or a 4 a.m. study-day boundary in seconds instead of waiting, per member (a browser context's
// headers) or per request. `npm start` removes TEST_CLOCK, and tests/e2e/clock.spec.ts checks that a server
// started that way ignores the header.

/** Offsets beyond ten years are a mistake in a test, not a scenario. */
const MAX_OFFSET_MS = 10 * 365 * 24 * 60 * 60 * 1000;

/** The time now, for every server path: pages, actions, routes and the deadline sweep. */
export async function now(): Promise<Date> {
  if (!serverEnv().TEST_CLOCK) return new Date();
  let offset = 0;
  try {
    offset = Number((await headers()).get(CLOCK_OFFSET_HEADER) ?? 0);
  } catch {
    // Outside a request (the deadline sweep): real time.
  }
  if (!Number.isFinite(offset) || Math.abs(offset) > MAX_OFFSET_MS) offset = 0;
  return new Date(Date.now() + offset);
}
