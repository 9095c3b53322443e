/**
 * Why an import was refused, naming where in the file (a line, a row, a note, an entry), so a member can fix
 * the file. An import either writes everything or, with this error, nothing.
 */
export class ImportError extends Error {
  constructor(
    readonly problem: string,
    /** "line 12", "note 1712345678901", "entry media/../x.png"; null when it is the whole file. */
    readonly where: string | null = null,
  ) {
    // "Line 12: …" starts a sentence; a file name ("lambda.md line 4: …") keeps its case.
    super(where ? `${where.replace(/^(line|note|entry|file|image) /, (word) => word[0]!.toUpperCase() + word.slice(1))}: ${problem}` : problem);
    this.name = "ImportError";
  }
}
