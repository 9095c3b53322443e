import { LineCounter, parseDocument } from "yaml";
import { ContentError, InvalidContentError } from "./errors";
import { parseCardBody, parseQuestionBody } from "./parse-body";
import { hasPath, parseHeader } from "./parse-header";
import { cardHeaderSchema, catalogSchema, questionHeaderSchema, type Catalog } from "./schema";
import { splitItems } from "./split-items";
import type { ParsedCard, ParsedItem, ParsedQuestion } from "./types";

export interface ContentFile {
  /** Path shown in error messages, e.g. content/cards/rds.md */
  path: string;
  kind: "cards" | "questions";
  text: string;
}

export interface Content {
  catalog: Catalog;
  cards: ParsedCard[];
  questions: ParsedQuestion[];
}

/** Parses and validates the whole content folder; throws InvalidContentError listing every problem. */
export function parseContent(catalogFile: { path: string; text: string }, files: ContentFile[]): Content {
  const problems: ContentError[] = [];
  const catalog = parseCatalog(catalogFile, problems);
  const items = files.flatMap((file) => parseFile(file, problems));

  if (catalog) {
    const topics = new Set(catalog.topics.map((t) => t.slug));
    const sections = new Set(catalog.sources.flatMap((s) => s.sections.map((section) => section.slug)));
    for (const item of items) {
      if (!topics.has(item.topic)) {
        problems.push(new ContentError(item.file, item.line, `unknown topic "${item.topic}": use one of ${[...topics].join(", ")} or add it to ${catalogFile.path}`));
      }
      if (!sections.has(item.section)) {
        problems.push(new ContentError(item.file, item.line, `unknown section "${item.section}": use a section slug from ${catalogFile.path}`));
      }
    }
  }

  const firstSeen = new Map<string, ParsedItem>();
  for (const item of items) {
    const earlier = firstSeen.get(item.id);
    if (earlier) {
      problems.push(new ContentError(item.file, item.line, `duplicate id "${item.id}": already used at ${earlier.file}:${earlier.line}`));
    } else {
      firstSeen.set(item.id, item);
    }
  }

  if (problems.length > 0 || !catalog) throw new InvalidContentError(problems);
  return {
    catalog,
    cards: items.filter((item): item is ParsedCard => item.kind === "card"),
    questions: items.filter((item): item is ParsedQuestion => item.kind === "question"),
  };
}

function parseCatalog(file: { path: string; text: string }, problems: ContentError[]): Catalog | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push(new ContentError(file.path, lineCounter.linePos(error.pos[0]).line, `malformed YAML: ${error.message.split("\n")[0]}`));
    }
    return undefined;
  }
  const result = catalogSchema.safeParse(doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      // A missing field has no node: point at the nearest enclosing one that exists.
      let line = 1;
      for (let depth = issue.path.length; depth > 0; depth--) {
        const node = doc.getIn(issue.path.slice(0, depth), true) as { range?: [number] } | undefined;
        if (node?.range) {
          line = lineCounter.linePos(node.range[0]).line;
          break;
        }
      }
      const where = issue.path.join(".");
      problems.push(new ContentError(file.path, line, hasPath(doc.toJS(), issue.path) ? `\`${where}\` ${issue.message}` : `missing field \`${where}\``));
    }
    return undefined;
  }
  const seen = new Set<string>();
  for (const slug of [...result.data.topics.map((t) => t.slug), ...result.data.sources.flatMap((s) => s.sections.map((x) => x.slug))]) {
    if (seen.has(slug)) problems.push(new ContentError(file.path, 1, `"${slug}" is listed twice`));
    seen.add(slug);
  }
  return result.data;
}

function parseFile(file: ContentFile, problems: ContentError[]): ParsedItem[] {
  const { items, errors } = splitItems(file.path, file.text);
  problems.push(...errors);
  if (items.length === 0 && errors.length === 0) {
    problems.push(new ContentError(file.path, 1, "the file has no items: each starts with a `---` header"));
  }
  const parsed: ParsedItem[] = [];
  for (const item of items) {
    const located = { file: item.file, line: item.line };
    if (file.kind === "cards") {
      const header = parseHeader(item, cardHeaderSchema);
      const body = parseCardBody(item.file, item.bodyLine, item.body);
      problems.push(...header.errors, ...body.errors);
      if (header.value && body.errors.length === 0) {
        parsed.push({ kind: "card", ...header.value, ...located, front: body.front!, back: body.back! });
      }
    } else {
      const header = parseHeader(item, questionHeaderSchema);
      const body = parseQuestionBody(item.file, item.bodyLine, item.body, header.value?.choose ?? 1);
      // Without a valid header `choose` is unknown, so the correct-count check would only add noise.
      problems.push(...header.errors, ...(header.value ? body.errors : body.errors.filter((e) => !e.problem.includes("correct"))));
      if (header.value && body.errors.length === 0) {
        parsed.push({ kind: "question", ...header.value, ...located, stem: body.stem, options: body.options });
      }
    }
  }
  return parsed;
}
