/**
 * The order a question's options are shown in when browsing: a shuffle seeded by the question's id, so it is
 * the same on every visit and for every member, but says nothing about the order authors wrote them in
 * (authors' habits, such as answers first or never in the middle, would otherwise teach the key).
 */
import { seededRandom, seedFromText, shuffle } from "./random";

export function browseOptionOrder<T>(questionId: string, options: readonly T[]): T[] {
  return shuffle(options, seededRandom(seedFromText(questionId)));
}
