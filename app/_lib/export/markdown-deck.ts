/**
 * A deck in the app's own Markdown format (content/README.md): `catalog.yml` with the deck's topics and
 * sections, `cards/<deck>.md` and `questions/<deck>.md`, each item a YAML header and a Markdown body. It is
 * what the seed reads from content/, so an exported deck can be edited in a text editor and read back
 * (parse-content.ts) to the same items. Pure.
 *
 * Cards keep their Markdown. Question options are stored rendered (seed/to-records.ts), so they are turned back
 * into Markdown (import/html-to-markdown.ts); rendering that gives the same HTML again.
 */
import { strToU8 } from "fflate";
import { Document, isSeq, stringify } from "yaml";
import type { Catalog, Correction } from "@/app/_lib/content/schema";
import { mediaPrefix, UNTAGGED } from "@/app/_lib/decks/deck-slugs";
import { htmlToMarkdown } from "@/app/_lib/import/html-to-markdown";
import { MEDIA_FOLDER } from "@/app/_lib/import/markdown-deck";

/** A card or question as the database keeps it (the columns the export reads). */
interface StoredItem {
  id: string;
  topicSlug: string;
  sectionSlug: string;
  domain: string;
  tags: readonly string[];
  /** JSON: string[] */
  docs: string;
  /** JSON: Correction (with its rendered note), or null */
  correction: string | null;
}

export interface StoredCard extends StoredItem {
  frontMd: string;
  backMd: string;
}

export interface StoredQuestion extends StoredItem {
  stemMd: string;
  choose: number;
  /** JSON: { key, textHtml, correct, explanationHtml }[] */
  options: string;
}

function header(item: StoredItem, extra: Record<string, unknown> = {}): string {
  const docs = JSON.parse(item.docs) as string[];
  const correction = item.correction ? (JSON.parse(item.correction) as Correction) : null;
  const fields = {
    id: item.id,
    topic: item.topicSlug,
    domain: item.domain,
    section: item.sectionSlug,
    ...extra,
    tags: item.tags.length > 0 ? [...item.tags] : [UNTAGGED],
    ...(docs.length > 0 && { docs }),
    ...(correction && { correction: { guide: correction.guide, note: correction.note, source: correction.source } }),
  };
  // Lists on one line, as the content files write them; long text is never folded.
  const document = new Document(fields);
  for (const key of ["tags", "docs"]) {
    const list = document.get(key, true);
    if (isSeq(list)) list.flow = true;
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

const item = (head: string, body: string) => `---\n${head}---\n${body.trim()}\n`;

export function cardMarkdown(card: StoredCard): string {
  return item(header(card), `${card.frontMd.trim()}\n\n?\n\n${card.backMd.trim()}`);
}

export function questionMarkdown(question: StoredQuestion): string {
  const options = JSON.parse(question.options) as { textHtml: string; correct: boolean; explanationHtml: string }[];
  const lines = options.map((option) => {
    const text = htmlToMarkdown(option.textHtml).replace(/\s*\n\s*/g, " ");
    const explanation = htmlToMarkdown(option.explanationHtml)
      .split("\n")
      .map((line) => (line ? `  ${line}` : ""))
      .join("\n");
    return `- [${option.correct ? "x" : " "}] ${text}\n${explanation}`;
  });
  return item(header(question, question.choose > 1 ? { choose: question.choose } : {}), `${question.stemMd.trim()}\n\n${lines.join("\n")}`);
}

/**
 * An exported file's images as paths beside it (`media/<name>`, where the zip keeps them; a bare name for Anki,
 * as its media folder has them) instead of this app's URLs, so the files read back into any deck, here or on
 * another group's server.
 */
export const portableImages = (text: string, deckId: string, folder = MEDIA_FOLDER) => text.replaceAll(`](${mediaPrefix(deckId)}`, `](${folder}`);

/** The deck's files, by path inside the export. */
export function markdownDeck(slug: string, catalog: Catalog, cards: readonly StoredCard[], questions: readonly StoredQuestion[]): Record<string, string> {
  const files: Record<string, string> = {
    "catalog.yml": `# Topics and sections of the deck, as content/catalog.yml (content/README.md)\n${stringify(catalog, { lineWidth: 0 })}`,
  };
  if (cards.length > 0) files[`cards/${slug}.md`] = cards.map(cardMarkdown).join("\n");
  if (questions.length > 0) files[`questions/${slug}.md`] = questions.map(questionMarkdown).join("\n");
  return files;
}

export interface DeckImage {
  name: string;
  bytes: Uint8Array;
}

/** A deck as exported in Markdown: its files, with its own images as paths in the export's media/ folder. */
export function markdownExport(
  slug: string,
  { deck, catalog, cards, questions }: { deck: { id: string }; catalog: Catalog; cards: readonly StoredCard[]; questions: readonly StoredQuestion[] },
): Record<string, string> {
  return Object.fromEntries(Object.entries(markdownDeck(slug, catalog, cards, questions)).map(([path, text]) => [path, portableImages(text, deck.id)]));
}

/** A zip's entries: the deck's files, and each image under media/ (where its files point). */
export function deckZipEntries(files: Readonly<Record<string, string>>, images: readonly DeckImage[], folder = ""): Record<string, Uint8Array> {
  return {
    ...Object.fromEntries(Object.entries(files).map(([path, text]) => [`${folder}${path}`, strToU8(text)])),
    ...Object.fromEntries(images.map((image) => [`${folder}${MEDIA_FOLDER}${image.name}`, new Uint8Array(image.bytes)])),
  };
}
