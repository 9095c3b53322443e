/**
 * Options are lettered by the position a member sees them in, never by the order they were written in (which
 * is shuffled away): the same option can be A in one quiz and D in the next.
 */
const LETTERS = "ABCDEFGHIJ";

export const letterAt = (index: number): string => LETTERS[index] ?? String(index + 1);

/** The letters the options in `keys` had on a screen that showed `shownOrder`, in the order shown. */
export function shownLetters(keys: readonly string[], shownOrder: readonly string[]): string[] {
  return shownOrder.flatMap((key, index) => (keys.includes(key) ? [letterAt(index)] : []));
}
