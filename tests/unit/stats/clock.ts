/** Shared helpers for the stats tests: fixed zones and a wall-clock reader to make fixtures self-checking. */

export const LOS_ANGELES = "America/Los_Angeles";
export const TOKYO = "Asia/Tokyo";
export const BERLIN = "Europe/Berlin";

export const at = (iso: string) => new Date(iso);

/** The wall clock at `instant` in `timeZone`, as "YYYY-MM-DD HH:MM (Www)". */
export function local(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      weekday: "short",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} (${parts.weekday})`;
}
