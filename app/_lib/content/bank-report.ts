/**
 * The question bank's quality report, printed by `npm run content:check`: what a test-wise candidate could
 * exploit without knowing AWS. The exam's own item-writing rules (AWS's exam guide: one answer and three
 * distractors, or two or more answers of five or more options; distractors plausible to someone without the
 * knowledge) are the standard; the usual cues item-writing guides warn about are measured here: the longest
 * option is the answer, answers cluster in a position, and multiple-response answers never sit side by side.
 * Pure: the parsed questions in, numbers and named questions out.
 */
import { letterAt } from "@/app/_lib/quiz/letters";

export interface ReportQuestion {
  id: string;
  topic: string;
  domain: string;
  choose: number;
  stem: string;
  options: readonly { text: string; correct: boolean }[];
}

/** Limits past which the check fails; content/README.md gives the reasons. */
export const BANK_LIMITS = {
  /**
   * Share of single-answer questions whose answer is strictly the longest option (chance: about 25%). Both
   * ways: below the floor, "never the longest" becomes the cue.
   */
  answerLongestShare: 0.35,
  answerLongestShareMin: 0.1,
  /** The same for the strictly shortest option, which writers over-correct into. */
  answerShortestShare: 0.35,
  /** Mean over questions of (mean answer length ÷ mean distractor length). */
  lengthRatio: 1.15,
  /** Share of single-answer keys in any one position (chance: 25% for four options). */
  positionShare: 0.35,
  /** Least share of two-answer questions whose answers are adjacent (chance: 40% for two of five). */
  adjacentShareMin: 0.2,
  /** Below this many questions, a group's share figures are too noisy to hold against a limit. */
  minQuestionsForLimits: 20,
} as const;

export interface GroupFigures {
  questions: number;
  singleAnswer: number;
  multipleResponse: number;
  /** Share of single-answer questions whose answer is strictly the longest option. */
  answerLongestShare: number;
  /** Share of single-answer questions whose answer is strictly the shortest option. */
  answerShortestShare: number;
  /** Mean over questions of mean answer length ÷ mean distractor length. */
  lengthRatio: number;
}

export interface BankReport {
  overall: GroupFigures;
  byTopic: Map<string, GroupFigures>;
  byDomain: Map<string, number>;
  /** "4 options, 1 answer" → count. */
  formats: Map<string, number>;
  /** Single-answer keys by position letter. */
  singlePositions: Map<string, number>;
  /** Multiple-response answers by position letter. */
  multiplePositions: Map<string, number>;
  /** Share of two-answer questions whose two answers are next to each other. */
  adjacentShare: number | null;
  /** Single-answer questions whose answer is strictly the longest option, with how much longer than the mean distractor. */
  cued: { id: string; ratio: number }[];
  /** Questions whose stem shares a distinctive word with an answer and with no distractor ("clang" cue). */
  echoes: { id: string; words: string[] }[];
  failures: string[];
}


/** An option's length as a reader sees it: Markdown marks and extra spaces don't count. */
export function visibleLength(text: string): number {
  return text.replace(/[`*_]/g, "").replace(/\s+/g, " ").trim().length;
}

/**
 * Identifier-like tokens, where an echo gives an answer away (NEW_AND_OLD_IMAGES, LastEvaluatedKey, 15, gp3):
 * ones with a digit, an underscore or a capital inside. Plain words echo by accident too often to flag.
 */
function words(text: string): Set<string> {
  const tokens = (text.match(/[A-Za-z0-9_]+(?:[.:-][A-Za-z0-9_]+)*/g) ?? []).filter((t) => /[0-9_]/.test(t) || /[a-z][A-Z]/.test(t));
  return new Set(tokens.map((t) => t.toLowerCase()));
}

/** Words the stem shares with the answers and with none of the distractors. */
function stemEchoes(question: ReportQuestion): string[] {
  const stem = words(question.stem);
  const distractors = new Set(question.options.filter((o) => !o.correct).flatMap((o) => [...words(o.text)]));
  const answers = new Set(question.options.filter((o) => o.correct).flatMap((o) => [...words(o.text)]));
  return [...answers].filter((word) => stem.has(word) && !distractors.has(word));
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

function lengthRatio(question: ReportQuestion): number {
  const answers = question.options.filter((o) => o.correct).map((o) => visibleLength(o.text));
  const distractors = question.options.filter((o) => !o.correct).map((o) => visibleLength(o.text));
  return mean(answers) / Math.max(1, mean(distractors));
}

/** Whether the (single) answer is strictly longer (or, with -1, shorter) than every distractor. */
function answerIsStrictly(question: ReportQuestion, direction: 1 | -1): boolean {
  const answer = question.options.find((o) => o.correct);
  if (!answer) return false;
  const length = visibleLength(answer.text);
  return question.options.every((o) => o === answer || direction * (length - visibleLength(o.text)) > 0);
}
const answerIsStrictlyLongest = (question: ReportQuestion) => answerIsStrictly(question, 1);
const answerIsStrictlyShortest = (question: ReportQuestion) => answerIsStrictly(question, -1);

function figures(questions: readonly ReportQuestion[]): GroupFigures {
  const single = questions.filter((q) => q.choose === 1);
  return {
    questions: questions.length,
    singleAnswer: single.length,
    multipleResponse: questions.length - single.length,
    answerLongestShare: single.length ? single.filter(answerIsStrictlyLongest).length / single.length : 0,
    answerShortestShare: single.length ? single.filter(answerIsStrictlyShortest).length / single.length : 0,
    lengthRatio: mean(questions.map(lengthRatio)),
  };
}

function count<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export type BankLimits = { [K in keyof typeof BANK_LIMITS]: number };

export function bankReport(questions: readonly ReportQuestion[], limits: BankLimits = BANK_LIMITS): BankReport {
  const single = questions.filter((q) => q.choose === 1);
  const multiple = questions.filter((q) => q.choose > 1);
  const topics = [...new Set(questions.map((q) => q.topic))];
  const byTopic = new Map(topics.map((topic) => [topic, figures(questions.filter((q) => q.topic === topic))]));

  const singlePositions = new Map([0, 1, 2, 3].map(letterAt).map((letter) => [letter, 0]));
  for (const q of single) {
    const letter = letterAt(q.options.findIndex((o) => o.correct));
    singlePositions.set(letter, (singlePositions.get(letter) ?? 0) + 1);
  }
  const multiplePositions = new Map([0, 1, 2, 3, 4].map(letterAt).map((letter) => [letter, 0]));
  for (const q of multiple) {
    q.options.forEach((o, i) => {
      if (o.correct) multiplePositions.set(letterAt(i), (multiplePositions.get(letterAt(i)) ?? 0) + 1);
    });
  }
  const pairs = multiple.filter((q) => q.choose === 2);
  const adjacent = pairs.filter((q) => {
    const at = q.options.flatMap((o, i) => (o.correct ? [i] : []));
    return at.length === 2 && at[1]! - at[0]! === 1;
  });

  const report: BankReport = {
    overall: figures(questions),
    byTopic,
    byDomain: count(questions, (q) => q.domain),
    formats: count(questions, (q) => `${q.options.length} options, ${q.choose} answer${q.choose > 1 ? "s" : ""}`),
    singlePositions,
    multiplePositions,
    adjacentShare: pairs.length ? adjacent.length / pairs.length : null,
    cued: single.filter(answerIsStrictlyLongest).map((q) => ({ id: q.id, ratio: lengthRatio(q) })).sort((a, b) => b.ratio - a.ratio),
    echoes: questions.flatMap((q) => {
      const echoed = stemEchoes(q);
      return echoed.length ? [{ id: q.id, words: echoed }] : [];
    }),
    failures: [],
  };

  const groups: [string, GroupFigures][] = [["the bank", report.overall], ...[...byTopic].map(([topic, f]) => [`topic ${topic}`, f] as [string, GroupFigures])];
  for (const [name, f] of groups) {
    if (f.questions < limits.minQuestionsForLimits) continue;
    if (f.answerLongestShare > limits.answerLongestShare) {
      report.failures.push(`In ${name}, the answer is strictly the longest option in ${percent(f.answerLongestShare)} of single-answer questions (limit ${percent(limits.answerLongestShare)}): shorten those answers or lengthen a distractor.`);
    }
    if (f.answerLongestShare < limits.answerLongestShareMin) {
      report.failures.push(`In ${name}, the answer is strictly the longest option in only ${percent(f.answerLongestShare)} of single-answer questions (at least ${percent(limits.answerLongestShareMin)}): "never the longest" is a cue too; let some answers be the longest.`);
    }
    if (f.answerShortestShare > limits.answerShortestShare) {
      report.failures.push(`In ${name}, the answer is strictly the shortest option in ${percent(f.answerShortestShare)} of single-answer questions (limit ${percent(limits.answerShortestShare)}): vary which option is shortest.`);
    }
    if (f.lengthRatio > limits.lengthRatio) {
      report.failures.push(`In ${name}, answers average ${f.lengthRatio.toFixed(2)}× the length of distractors (limit ${limits.lengthRatio}): move justifications into the explanations.`);
    }
  }
  if (single.length >= limits.minQuestionsForLimits) {
    for (const [letter, n] of singlePositions) {
      if (n / single.length > limits.positionShare) {
        report.failures.push(`${percent(n / single.length)} of single-answer keys are option ${letter} (limit ${percent(limits.positionShare)}): move some answers to other positions.`);
      }
    }
  }
  if (pairs.length >= limits.minQuestionsForLimits && report.adjacentShare !== null && report.adjacentShare < limits.adjacentShareMin) {
    report.failures.push(`Only ${percent(report.adjacentShare)} of two-answer questions have their answers next to each other (chance is 40%; at least ${percent(limits.adjacentShareMin)}).`);
  }
  return report;
}

/** The report as the terminal shows it. */
export function formatBankReport(report: BankReport): string {
  const total = report.overall.questions;
  const row = (name: string, f: GroupFigures) =>
    [
      name.padEnd(14),
      String(f.questions).padStart(9),
      percent(f.questions / Math.max(1, total)).padStart(6),
      `${f.singleAnswer}/${f.multipleResponse}`.padStart(8),
      percent(f.answerLongestShare).padStart(15),
      percent(f.answerShortestShare).padStart(16),
      f.lengthRatio.toFixed(2).padStart(7),
    ].join(" ");
  const tally = (counts: Map<string, number>, sum: number) => [...counts].map(([key, n]) => `${key} ${n} (${percent(n / Math.max(1, sum))})`).join(", ");
  const lines = [
    "Question bank",
    `${"".padEnd(14)} ${"questions".padStart(9)} ${"share".padStart(6)} ${"MC/MR".padStart(8)} ${"answer longest".padStart(15)} ${"answer shortest".padStart(16)} ${"ratio".padStart(7)}`,
    ...[...report.byTopic].map(([topic, f]) => row(topic, f)),
    row("all", report.overall),
    `Exam domains: ${tally(report.byDomain, total)}`,
    `Formats: ${tally(report.formats, total)}`,
    `Single-answer key positions: ${tally(report.singlePositions, report.overall.singleAnswer)}`,
    `Multiple-response answer positions: ${[...report.multiplePositions].map(([k, n]) => `${k} ${n}`).join(", ")}; adjacent pairs ${report.adjacentShare === null ? "n/a" : percent(report.adjacentShare)} (chance 40%)`,
    `"answer longest"/"answer shortest": share of single-answer questions whose answer is strictly the longest/shortest option (chance about 25% each); "ratio": mean answer length ÷ mean distractor length.`,
  ];
  if (report.cued.length) {
    lines.push(`Answer strictly longest (${report.cued.length}): ${report.cued.map((c) => `${c.id} (${c.ratio.toFixed(2)}×)`).join(", ")}`);
  }
  if (report.echoes.length) {
    lines.push(`Stem shares a word with an answer and no distractor (${report.echoes.length}): ${report.echoes.map((e) => `${e.id} (${e.words.join(", ")})`).join(", ")}`);
  }
  lines.push(report.failures.length ? `FAILED:\n${report.failures.map((f) => `  - ${f}`).join("\n")}` : "Within every limit (content/README.md).");
  return lines.join("\n");
}
