/**
 * The order a question's options are shown in when browsing: a shuffle seeded by the question's id, so it is
 * the same on every visit and for every member, but says nothing about the order authors wrote them in
 * (authors' habits, such as answers first or never in the middle, would otherwise teach the key).
 */
import { seededRandom, shuffle } from "./random";

/** FNV-1a, 32 bits: a stable seed from the id. */
function seedOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function browseOptionOrder<T>(questionId: string, options: readonly T[]): T[] {
  return shuffle(options, seededRandom(seedOf(questionId)));
}
