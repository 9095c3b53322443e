/** Pure helpers shared by the exam and practice screens. */

/** The option a key picks: 1–9 or A–J, by the position the option is shown in (when there is one there). */
export function optionKeyFor(key: string, options: readonly { key: string }[]): string | null {
  const index = /^[1-9]$/.test(key) ? Number(key) - 1 : /^[a-j]$/i.test(key) && key.length === 1 ? key.toUpperCase().charCodeAt(0) - 65 : -1;
  return options[index]?.key ?? null;
}

/** One choice: a radio replaces the answer; "choose N" toggles, and won't go past N. */
export function toggleChoice(selected: readonly string[], key: string, choose: number): string[] {
  if (choose <= 1) return [key];
  if (selected.includes(key)) return selected.filter((k) => k !== key);
  return selected.length >= choose ? [...selected] : [...selected, key];
}

/** Why picking `key` changed nothing: the question already has as many answers as it takes. Else null. */
export function overPick(selected: readonly string[], key: string, choose: number): string | null {
  if (choose <= 1 || selected.includes(key) || selected.length < choose) return null;
  return `This question takes ${choose} answers: clear one of yours first.`;
}

export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = String(minutes).padStart(hours ? 2 : 1, "0");
  return `${hours ? `${hours}:` : ""}${mm}:${String(seconds).padStart(2, "0")}`;
}
