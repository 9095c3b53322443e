/** CSV as RFC 4180 reads it: comma-separated, CRLF rows, fields quoted when they hold a comma, quote or newline. Pure. */

type Cell = string | number | boolean | Date | null | undefined;

function cell(value: Cell): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? value.toISOString() : String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: prefix it so it stays text.
  const safe = /^[=+\-@]/.test(text) && typeof value === "string" ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv<T extends Record<string, Cell>>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  return [columns.join(","), ...rows.map((row) => columns.map((column) => cell(row[column])).join(","))].join("\r\n") + "\r\n";
}
