/** How much an import may hold: generous for a real deck, small enough that one upload can't hurt the server. */
export const IMPORT_LIMITS = {
  /** The uploaded file. */
  fileBytes: 100 * 1024 * 1024,
  /** Everything a package unpacks to, counted as it inflates (a zip bomb stops here, not when memory runs out). */
  unpackedBytes: 400 * 1024 * 1024,
  /** Entries in a package. */
  entries: 50_000,
  /** Notes in one import. */
  notes: 50_000,
  /** One card side, after conversion to Markdown. */
  fieldChars: 100_000,
} as const;

export type ImportLimits = { [K in keyof typeof IMPORT_LIMITS]: number };
