/** `part` of `whole` as a percentage to one decimal, or null when there is nothing to measure. Pure. */
export function percent(part: number, whole: number): number | null {
  return whole ? Math.round((part / whole) * 1000) / 10 : null;
}
