import { createHash } from "node:crypto";
import { renderInlineMarkdown, renderMarkdown } from "@/app/_lib/content/render-markdown";
import type { Correction } from "@/app/_lib/content/schema";
import type { ParsedCard, ParsedQuestion } from "@/app/_lib/content/types";

/** What the app stores for an option: rendered once here, so pages never parse Markdown. */
export interface StoredOption {
  key: string;
  textHtml: string;
  correct: boolean;
  explanationHtml: string;
}

export interface StoredCorrection extends Correction {
  noteHtml: string;
}

function storedCorrection(correction: Correction | undefined): string | null {
  return correction ? JSON.stringify({ ...correction, noteHtml: renderInlineMarkdown(correction.note) } satisfies StoredCorrection) : null;
}

function withHash<T extends object>(record: T) {
  return { ...record, contentHash: createHash("sha256").update(JSON.stringify(record)).digest("base64url") };
}

export function cardRecord(card: ParsedCard) {
  return renderedCardRecord(card, { frontHtml: renderMarkdown(card.front), backHtml: renderMarkdown(card.back) });
}

/** A card whose sides are already rendered (an import renders from the tree it wrote the Markdown from). */
export function renderedCardRecord(card: ParsedCard, { frontHtml, backHtml }: { frontHtml: string; backHtml: string }) {
  return withHash({
    id: card.id,
    topicSlug: card.topic,
    sectionSlug: card.section,
    domain: card.domain,
    frontMd: card.front,
    backMd: card.back,
    frontHtml,
    backHtml,
    docs: JSON.stringify(card.docs),
    correction: storedCorrection(card.correction),
    sourceFile: card.file,
    sourceLine: card.line,
    tags: [...card.tags].sort(),
  });
}

export function questionRecord(question: ParsedQuestion) {
  const options: StoredOption[] = question.options.map((option) => ({
    key: option.key,
    textHtml: renderInlineMarkdown(option.text),
    correct: option.correct,
    explanationHtml: renderMarkdown(option.explanation),
  }));
  return withHash({
    id: question.id,
    topicSlug: question.topic,
    sectionSlug: question.section,
    domain: question.domain,
    stemMd: question.stem,
    stemHtml: renderMarkdown(question.stem),
    choose: question.choose,
    options: JSON.stringify(options),
    docs: JSON.stringify(question.docs),
    correction: storedCorrection(question.correction),
    sourceFile: question.file,
    sourceLine: question.line,
    tags: [...question.tags].sort(),
  });
}
