// Next.js runs register() once when the server starts. The exam deadline sweep lives here so an exam is
// submitted at its deadline even when nobody has it open.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startDeadlineSweep } = await import("./app/_lib/dal/deadline-sweep");
    startDeadlineSweep();
  }
}
