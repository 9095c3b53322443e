import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import { ContentError } from "./errors";
import type { RawItem } from "./split-items";

/**
 * Parses an item's YAML header and validates it with `schema`.
 * Errors point at the line of the offending field, or the header's first line when a field is missing.
 */
export function parseHeader<T>(item: RawItem, schema: z.ZodType<T>): { value?: T; errors: ContentError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(item.header, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => item.headerLine + (offset === undefined ? 0 : lineCounter.linePos(offset).line - 1);

  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map(
        (error) => new ContentError(item.file, at(error.pos[0]), `malformed header: ${error.message.split("\n")[0]}`),
      ),
    };
  }
  const data: unknown = doc.toJS();
  if (!isMap(doc.contents)) {
    return { errors: [new ContentError(item.file, item.headerLine, "the header must be `field: value` lines (id, topic, domain, section, tags)")] };
  }

  const fieldOffset = (field: PropertyKey | undefined) => {
    if (field === undefined || !isMap(doc.contents)) return undefined;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === field);
    return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
  };

  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, errors: [] };
  return {
    errors: result.error.issues.map((issue) => {
      const field = issue.path[0];
      if (issue.code === "unrecognized_keys") {
        return new ContentError(item.file, at(fieldOffset(issue.keys[0])), `unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`);
      }
      const where = issue.path.map(String).join(".");
      const missing = issue.code === "invalid_type" && issue.input === undefined;
      return new ContentError(
        item.file,
        at(fieldOffset(field)),
        missing ? `missing field \`${where}\`` : `\`${where}\` ${issue.message}`,
      );
    }),
  };
}
