/**
 * The app's own Markdown format (content/README.md), uploaded: either a zip laid out as `content/` (catalog.yml,
 * cards/*.md, questions/*.md: what /decks exports) or one Markdown file of items, whose topics and sections
 * are taken from the items themselves (each slug its own title). Read by the seed's own parser, so an upload
 * is checked exactly as content/ is; the first problem is reported with its file and line. Pure.
 */
import { stringify } from "yaml";
import { InvalidContentError } from "@/app/_lib/content/errors";
import { parseContent, type Content, type ContentFile } from "@/app/_lib/content/parse-content";
import { splitItems } from "@/app/_lib/content/split-items";
import { ImportError } from "./errors";
import { imageType, NOT_AN_IMAGE } from "./images";
import { IMPORT_LIMITS, type ImportLimits } from "./limits";
import { SkipTally, type ImportedDeck, type ImportedMedia } from "./types";
import { isZip, unzipEntries } from "./zip";

const decode = (bytes: Uint8Array, where: string) => {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError("it is not UTF-8 text", where);
  }
};

function parsed(catalogFile: { path: string; text: string }, files: ContentFile[]): Content {
  try {
    return parseContent(catalogFile, files);
  } catch (error) {
    if (!(error instanceof InvalidContentError)) throw error;
    const [first, ...rest] = error.problems;
    if (!first) throw new ImportError("the deck has no items");
    throw new ImportError(`${first.problem}${rest.length ? ` (and ${rest.length} more ${rest.length === 1 ? "problem" : "problems"})` : ""}`, `${first.file} line ${first.line}`);
  }
}

/** A catalog naming every topic and section the items use, for a single uploaded file. */
function catalogFromItems(text: string): string {
  const slugs = (key: "topic" | "section") => [...new Set([...text.matchAll(new RegExp(`^${key}:\\s*([a-z0-9-]+)\\s*$`, "gm"))].map((match) => match[1]!))];
  const catalog = {
    topics: slugs("topic").map((slug) => ({ slug, title: slug, summary: slug })),
    sources: [{ slug: "upload", title: "Uploaded file", sections: slugs("section").map((slug) => ({ slug, title: slug })) }],
  };
  return stringify(catalog);
}

/** Where a zipped deck keeps the images its items show (`![](media/diagram.png)`), as /decks exports it. */
export const MEDIA_FOLDER = "media/";

/** A Markdown deck as uploaded: its catalog and items, and (in a zip) its images and what was left out. */
export interface MarkdownDeck extends Content {
  media: ImportedMedia[];
  skipped: ImportedDeck["skipped"];
}

function zippedMedia(entries: ReadonlyMap<string, Uint8Array>, skipped: SkipTally): ImportedMedia[] {
  const media: ImportedMedia[] = [];
  for (const [path, bytes] of entries) {
    if (!path.startsWith(MEDIA_FOLDER) || path.endsWith("/")) continue;
    const name = path.slice(MEDIA_FOLDER.length);
    const contentType = imageType(name, bytes);
    if (contentType) media.push({ name, contentType, bytes });
    else skipped.add(NOT_AN_IMAGE, `entry "${path}"`);
  }
  return media;
}

/** Reads an uploaded Markdown deck: a zip of the content layout (with its images) or a single file of items. */
export function readMarkdownDeck(bytes: Uint8Array, fileName: string, limits: ImportLimits = IMPORT_LIMITS): MarkdownDeck {
  if (isZip(bytes)) {
    const entries = unzipEntries(bytes, limits);
    const catalog = entries.get("catalog.yml");
    if (!catalog) throw new ImportError("the zip has no catalog.yml at its top (export a deck from /decks to see the layout)");
    const files: ContentFile[] = [...entries]
      .filter(([path]) => /^(cards|questions)\/[^/]+\.md$/.test(path))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, data]) => ({ path, kind: path.startsWith("cards/") ? "cards" : "questions", text: decode(data, `entry "${path}"`) }));
    if (files.length === 0) throw new ImportError("the zip has no cards/*.md or questions/*.md files");
    const skipped = new SkipTally();
    const media = zippedMedia(entries, skipped);
    return { ...parsed({ path: "catalog.yml", text: decode(catalog, 'entry "catalog.yml"') }, files), media, skipped: skipped.list() };
  }
  const text = decode(bytes, `file "${fileName}"`).replace(/^\uFEFF/, "");
  // One file may hold cards and questions (a question's body has `- [x]` options): each kind is read from a
  // copy where the other kind's lines are blank, so line numbers stay the file's own.
  const lines = text.split(/\r?\n/);
  const { items } = splitItems(fileName, text);
  const only = (questions: boolean) => {
    const kept = [...lines];
    items.forEach((item, i) => {
      if (/^- \[[ xX]\] /m.test(item.body) === questions) return;
      const end = items[i + 1] ? items[i + 1]!.line - 1 : lines.length;
      for (let line = item.line - 1; line < end; line++) kept[line] = "";
    });
    return kept.join("\n");
  };
  const hasQuestions = items.some((item) => /^- \[[ xX]\] /m.test(item.body));
  const hasCards = items.length === 0 || items.some((item) => !/^- \[[ xX]\] /m.test(item.body));
  const content = parsed({ path: `${fileName} (topics and sections from its items)`, text: catalogFromItems(text) }, [
    ...(hasCards ? [{ path: fileName, kind: "cards" as const, text: only(false) }] : []),
    ...(hasQuestions ? [{ path: fileName, kind: "questions" as const, text: only(true) }] : []),
  ]);
  return { ...content, media: [], skipped: [] };
}
