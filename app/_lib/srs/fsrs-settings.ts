/** A member's FSRS settings and their bounds: apart from ./fsrs.ts so forms and the client don't load ts-fsrs. */

export interface FsrsSettings {
  /** The member's fitted parameters, or null for FSRS-6's defaults. */
  parameters: readonly number[] | null;
  /** The probability of recall each review is scheduled for. */
  desiredRetention: number;
}

export const RETENTION_MIN = 0.8;
export const RETENTION_MAX = 0.97;
export const DEFAULT_RETENTION = 0.9;
