import "server-only";
import { getDb } from "@/app/_lib/db";
import { submitOverdueAttempts } from "./quiz-store";
import { now } from "@/app/_lib/clock";

const SWEEP_EVERY_MS = 5_000;

/** Every few seconds, submits each exam whose deadline has passed, with the answers saved by then. */
export function startDeadlineSweep() {
  const sweep = async () => {
    try {
      await submitOverdueAttempts(await getDb(), await now());
    } catch (error) {
      // A busy database (a backup) just means the next sweep does it.
      console.error("deadline sweep:", error instanceof Error ? error.message : error);
    }
  };
  setInterval(() => void sweep(), SWEEP_EVERY_MS).unref();
  void sweep();
}
