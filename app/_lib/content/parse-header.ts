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
  const fields = data as Record<string, unknown>;
  const reported = new Set<string>();
  const errors: ContentError[] = [];
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    const where = issue.path.map(String).join(".");
    // One message per field is enough: the first says what to fix.
    if (reported.has(where)) continue;
    reported.add(where);
    if (issue.code === "unrecognized_keys") {
      errors.push(new ContentError(item.file, at(fieldOffset(issue.keys[0])), `unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`));
    } else if (!hasPath(fields, issue.path)) {
      // A missing top-level field points at the item; a missing nested one at its parent field.
      const line = issue.path.length === 1 ? item.line : at(fieldOffset(field));
      errors.push(new ContentError(item.file, line, `missing field \`${where}\``));
    } else if (valueAt(fields, issue.path) === null) {
      errors.push(new ContentError(item.file, at(fieldOffset(field)), `\`${where}\` is empty`));
    } else {
      errors.push(new ContentError(item.file, at(fieldOffset(field)), `\`${where}\` ${issue.message}`));
    }
  }
  return { errors };
}

export function valueAt(data: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

export function hasPath(data: unknown, path: PropertyKey[]): boolean {
  const parent = valueAt(data, path.slice(0, -1));
  return parent !== null && typeof parent === "object" && path[path.length - 1]! in parent;
}
