/** A change refused because the thing moved on (graded elsewhere, attempt closed): answered with 409. */
export class Conflict extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Conflict";
  }
}

/** Not found for this member, whether it doesn't exist or belongs to someone else: answered with 404. */
export class NotFound extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotFound";
  }
}

/** A request that is well-formed but not acceptable (an option from another question): answered with 400. */
export class Invalid extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Invalid";
  }
}
