/**
 * What an import will write, worked out before anything is written: a reader's result (an Anki file's cards,
 * or a Markdown deck's catalog and items) as the rows of a new deck, every slug under the deck's id
 * (deck-slugs.ts), every side rendered by the app's sanitizing renderer, and images pointed at the deck's media
 * route. The preview shows it; committing writes exactly it. Pure.
 */
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { renderMarkdown } from "@/app/_lib/content/render-markdown";
import type { ExamDomain } from "@/app/_lib/content/schema";
import { deckSection, deckTopic, inDeck, mediaUrl, OWN, UNTAGGED } from "@/app/_lib/decks/deck-slugs";
import { slugOf } from "@/app/_lib/decks/schemas";
import { cardRecord, questionRecord, renderedCardRecord } from "@/app/_lib/seed/to-records";
import { MEDIA_FOLDER, type MarkdownDeck } from "./markdown-deck";
import { SkipTally, type ImportedDeck, type ImportedMedia } from "./types";

export type CardRow = ReturnType<typeof cardRecord>;
export type QuestionRow = ReturnType<typeof questionRecord>;

export interface ImportPlan {
  /** The deck's name in the file, or the file's name. */
  title: string;
  topics: { slug: string; title: string; summary: string }[];
  /** With the source each belongs to (an export lists sections by source). */
  sections: { slug: string; title: string; source: string }[];
  cards: CardRow[];
  questions: QuestionRow[];
  media: ImportedMedia[];
  skipped: ImportedDeck["skipped"];
}

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkStringify, { bullet: "-", emphasis: "*", strong: "*", fences: true, rule: "-" }).freeze();

const safeDecode = (url: string) => {
  try {
    return decodeURI(url);
  } catch {
    return null;
  }
};

/** A URL naming a file beside the cards (no scheme, not a path on this site), as Anki and our zips write them. */
const isRelative = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("/") && !url.startsWith("#");

type MdNode = { type: string; url?: string; value?: string; children?: MdNode[] };

/**
 * Markdown with its images that name one of `names` (inside `folder`: "media/" in a Markdown deck's zip, none in
 * an Anki package) pointed at the deck's media route. An image naming a file the upload doesn't hold would show
 * as a broken picture: it becomes its name in brackets, and `missing` hears of it.
 */
export function withMediaUrls(text: string, deckId: string, names: ReadonlySet<string>, folder = "", missing: (name: string) => void = () => {}): string {
  if (!text.includes("![")) return text;
  const tree = markdown.parse(text) as Root;
  let changed = false;
  const visit = (node: MdNode) => {
    node.children?.forEach((child, i) => {
      if (child.type === "image" && child.url !== undefined) {
        const name = child.url.startsWith(folder) ? safeDecode(child.url.slice(folder.length)) : null;
        if (name !== null && names.has(name)) {
          child.url = mediaUrl(deckId, name);
          changed = true;
        } else if (isRelative(child.url)) {
          const shown = safeDecode(child.url) ?? child.url;
          missing(shown);
          node.children![i] = { type: "text", value: `[image: ${shown}]` };
          changed = true;
        }
      } else visit(child);
    });
  };
  visit(tree as unknown as MdNode);
  return changed ? markdown.stringify(tree).trim() : text;
}

/** Why an image is left out: the upload names it but doesn't hold it (a text export never holds images). */
export const MISSING_IMAGE = "an image the file does not include (shown as its name in brackets)";

/** The source of the sections of decks written in the app or imported from Anki. */
export const MEMBERS = "members";

const fileTitle = (fileName: string) => fileName.replace(/\.[^.]+$/, "").trim() || "Imported deck";

/** An Anki file's cards as a new deck's rows: all on the deck's own topic and section, in the file's order. */
export function ankiPlan(read: ImportedDeck, deckId: string, domain: ExamDomain, fileName: string): ImportPlan {
  // "Default" is the deck Anki puts notes in when nobody chose one: the file's name says more.
  const title = read.title && read.title !== "Default" ? read.title : fileTitle(fileName);
  const names = new Set(read.media.map((media) => media.name));
  const skipped = new SkipTally(read.skipped);
  const linked = (text: string, where: string) => withMediaUrls(text, deckId, names, "", (name) => skipped.add(MISSING_IMAGE, `image "${name}" (${where})`));
  const cards = read.cards.map((card, i) => {
    const front = linked(card.front, card.origin);
    const back = linked(card.back, card.origin);
    return renderedCardRecord(
      {
        kind: "card",
        id: inDeck.item(deckId, String(i + 1)),
        topic: deckTopic(deckId),
        section: deckSection(deckId),
        domain,
        tags: [...new Set(card.tags.map(slugOf).filter(Boolean))],
        docs: [],
        front,
        back,
        file: fileName,
        line: i + 1,
      },
      // A side whose images were re-pointed is rendered again; the others were rendered as they were read.
      { frontHtml: front === card.front ? card.frontHtml : renderMarkdown(front), backHtml: back === card.back ? card.backHtml : renderMarkdown(back) },
    );
  });
  return {
    title,
    topics: [{ slug: deckTopic(deckId), title, summary: title }],
    sections: [{ slug: deckSection(deckId), title, source: MEMBERS }],
    cards,
    questions: [],
    media: read.media,
    skipped: skipped.list(),
  };
}

/**
 * A Markdown deck as a new deck's rows. Its one topic (and one section) becomes the deck's own, as in a deck
 * written in the app; with several, each hangs below the deck's own, which is kept for cards written later.
 */
export function markdownPlan(content: MarkdownDeck, deckId: string, fileName: string): ImportPlan {
  const { catalog } = content;
  const names = new Set(content.media.map((media) => media.name));
  const skipped = new SkipTally(content.skipped);
  // An item's images, pointed at the deck's media; one the zip lacks is counted with the item's file and line.
  const linkedIn = (item: { file: string; line: number }) => (text: string) =>
    withMediaUrls(text, deckId, names, MEDIA_FOLDER, (name) => skipped.add(MISSING_IMAGE, `image "${name}" (${item.file} line ${item.line})`));
  const sectionCount = catalog.sources.flatMap((source) => source.sections).length;
  const topic = (slug: string) => inDeck.topic(deckId, catalog.topics.length === 1 ? OWN.topic : slug);
  const section = (slug: string) => inDeck.section(deckId, sectionCount === 1 ? OWN.section : slug);
  const title = catalog.topics.length === 1 ? catalog.topics[0]!.title : fileTitle(fileName);
  const topics = catalog.topics.map((t) => ({ slug: topic(t.slug), title: t.title, summary: t.summary }));
  const sections = catalog.sources.flatMap((source) => source.sections.map((s) => ({ slug: section(s.slug), title: s.title, source: source.slug })));
  const tags = (list: readonly string[]) => list.filter((tag) => tag !== UNTAGGED);
  return {
    title,
    topics: topics.some((t) => t.slug === deckTopic(deckId)) ? topics : [{ slug: deckTopic(deckId), title, summary: title }, ...topics],
    sections: sections.some((s) => s.slug === deckSection(deckId)) ? sections : [{ slug: deckSection(deckId), title, source: MEMBERS }, ...sections],
    cards: content.cards.map((card) => {
      const linked = linkedIn(card);
      return cardRecord({ ...card, id: inDeck.item(deckId, card.id), topic: topic(card.topic), section: section(card.section), tags: tags(card.tags), front: linked(card.front), back: linked(card.back) });
    }),
    questions: content.questions.map((question) => {
      const linked = linkedIn(question);
      return questionRecord({
        ...question,
        id: inDeck.item(deckId, question.id),
        topic: topic(question.topic),
        section: section(question.section),
        tags: tags(question.tags),
        stem: linked(question.stem),
        options: question.options.map((option) => ({ ...option, text: linked(option.text), explanation: linked(option.explanation) })),
      });
    }),
    media: content.media,
    skipped: skipped.list(),
  };
}

/** What the preview page shows of a plan: its counts, its first items, what was left out, and their images. */
export interface PlanPreview {
  title: string;
  cards: number;
  questions: number;
  images: number;
  firstCards: CardRow[];
  firstQuestions: QuestionRow[];
  /** The images the first items show. */
  media: ImportedMedia[];
  skipped: ImportedDeck["skipped"];
}

export function previewOf(plan: ImportPlan, first: number): PlanPreview {
  const firstCards = plan.cards.slice(0, first);
  const firstQuestions = plan.questions.slice(0, first);
  const shown = [...firstCards.flatMap((card) => [card.frontHtml, card.backHtml]), ...firstQuestions.flatMap((question) => [question.stemHtml, question.options])].join("\n");
  return {
    title: plan.title,
    cards: plan.cards.length,
    questions: plan.questions.length,
    images: plan.media.length,
    firstCards,
    firstQuestions,
    media: plan.media.filter((media) => shown.includes(`/media/${encodeURIComponent(media.name)}`)),
    skipped: plan.skipped,
  };
}
