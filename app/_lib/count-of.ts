/** "1 review", "1,234 reviews": a count with its noun, for sentences on screen. */
export const countOf = (n: number, noun: string) => `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;
