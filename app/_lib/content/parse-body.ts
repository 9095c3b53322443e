import { ContentError } from "./errors";
import type { ParsedOption } from "./types";

const CARD_DIVIDER = /^\?\s*$/;
const OPTION = /^[-*] \[( |x|X)\] (.*)$/;
const OPTION_KEYS = "ABCDE";

/** A card body: front, a line holding only `?`, back. */
export function parseCardBody(file: string, bodyLine: number, body: string) {
  const lines = body.split("\n");
  const dividers = lines.flatMap((line, index) => (CARD_DIVIDER.test(line) ? [index] : []));
  const errors: ContentError[] = [];
  if (dividers.length !== 1) {
    const line = dividers.length === 0 ? bodyLine : bodyLine + dividers[1]!;
    errors.push(
      new ContentError(
        file,
        line,
        dividers.length === 0
          ? "a card needs a line holding only `?` between its front and its back"
          : "a card has exactly one `?` line; this is a second one",
      ),
    );
    return { errors };
  }
  const divider = dividers[0]!;
  const front = lines.slice(0, divider).join("\n").trim();
  const back = lines.slice(divider + 1).join("\n").trim();
  if (!front) errors.push(new ContentError(file, bodyLine, "the card's front (above the `?` line) is empty"));
  if (!back) errors.push(new ContentError(file, bodyLine + divider, "the card's back (below the `?` line) is empty"));
  return { front, back, errors };
}

/** A question body: the scenario, then `- [x]` / `- [ ]` options, each with an indented explanation. */
export function parseQuestionBody(file: string, bodyLine: number, body: string, choose: number) {
  const lines = body.split("\n");
  const errors: ContentError[] = [];
  const firstOption = lines.findIndex((line) => OPTION.test(line));
  const stem = lines.slice(0, firstOption === -1 ? lines.length : firstOption).join("\n").trim();
  if (!stem) errors.push(new ContentError(file, bodyLine, "the question's scenario (above the options) is empty"));
  if (firstOption === -1) {
    errors.push(new ContentError(file, bodyLine, "the question has no options: write them as `- [x] right` and `- [ ] wrong` lines"));
    return { stem, options: [], errors };
  }

  const options: (ParsedOption & { line: number })[] = [];
  for (let i = firstOption; i < lines.length; i++) {
    const line = lines[i]!;
    const match = OPTION.exec(line);
    if (match) {
      options.push({
        key: OPTION_KEYS[options.length] ?? "?",
        text: match[2]!.trim(),
        correct: match[1] !== " ",
        explanation: "",
        line: bodyLine + i,
      });
    } else if (line.trim() === "" || /^ {2,}|^\t/.test(line)) {
      const current = options[options.length - 1]!;
      current.explanation += `${line.replace(/^( {2,4}|\t)/, "")}\n`;
    } else {
      errors.push(new ContentError(file, bodyLine + i, "text after the options must be indented by two spaces (it explains the option above it)"));
    }
  }

  for (const option of options) {
    option.explanation = option.explanation.trim();
    if (!option.text) errors.push(new ContentError(file, option.line, "this option has no text"));
    if (!option.explanation) {
      errors.push(new ContentError(file, option.line, "this option has no explanation: add indented lines under it saying why it is right or wrong"));
    }
  }
  // The exam's formats: multiple choice is one answer and three distractors; multiple response is two or
  // three answers among five options.
  const wanted = choose === 1 ? 4 : 5;
  if (options.length !== wanted) {
    errors.push(
      new ContentError(
        file,
        options[0]!.line,
        choose === 1
          ? `a single-answer question has exactly 4 options; this one has ${options.length}`
          : `a multiple-response question (choose: ${choose}) has exactly 5 options; this one has ${options.length}`,
      ),
    );
  }
  const correct = options.filter((option) => option.correct).length;
  if (correct === 0) {
    errors.push(new ContentError(file, options[0]!.line, "no option is marked correct: mark the right one `- [x]`"));
  } else if (correct !== choose) {
    errors.push(
      new ContentError(
        file,
        options[0]!.line,
        choose === 1
          ? `${correct} options are marked correct: add \`choose: ${correct}\` to the header for a multiple-response question, or mark just one`
          : `the header says \`choose: ${choose}\` but ${correct} option${correct === 1 ? " is" : "s are"} marked correct`,
      ),
    );
  }
  return { stem, options: options.map(({ line: _line, ...option }) => option), errors };
}
