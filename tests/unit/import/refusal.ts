import { ImportError } from "@/app/_lib/import/errors";

/** The error an import throws, to assert its message; fails the test when the import is not refused. */
export function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected the import to be refused");
}
