/** A problem in a content file, located so an author can jump straight to it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = "ContentError";
  }
}

/** Every problem found in one pass, so an author fixes them all at once rather than one per run. */
export class InvalidContentError extends Error {
  constructor(readonly problems: ContentError[]) {
    super(
      `Content has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `  ${p.message}`).join("\n"),
    );
    this.name = "InvalidContentError";
  }
}
