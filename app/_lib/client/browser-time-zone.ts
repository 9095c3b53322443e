/** The IANA zone the browser runs in ("" if it doesn't say): what a new member's study day should follow. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
}
