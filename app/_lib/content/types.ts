import type { CardHeader, QuestionHeader } from "./schema";

interface Located {
  file: string;
  line: number;
}

export interface ParsedCard extends CardHeader, Located {
  kind: "card";
  front: string;
  back: string;
}

export interface ParsedOption {
  /** A, B, C… in authored order. */
  key: string;
  text: string;
  correct: boolean;
  explanation: string;
}

export interface ParsedQuestion extends QuestionHeader, Located {
  kind: "question";
  stem: string;
  options: ParsedOption[];
}

export type ParsedItem = ParsedCard | ParsedQuestion;
