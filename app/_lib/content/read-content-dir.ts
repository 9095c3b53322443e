import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { ContentFile } from "./parse-content";

/** Reads catalog.yml and every deck file under `dir` (cards/*.md, questions/*.md) in a stable order. */
export function readContentDir(dir: string) {
  const show = (path: string) => relative(process.cwd(), path) || path;
  const catalogPath = join(dir, "catalog.yml");
  const files: ContentFile[] = (["cards", "questions"] as const).flatMap((kind) => {
    const folder = join(dir, kind);
    let names: string[];
    try {
      names = readdirSync(folder).filter((name) => name.endsWith(".md")).sort();
    } catch {
      return [];
    }
    return names.map((name) => ({ path: show(join(folder, name)), kind, text: readFileSync(join(folder, name), "utf8") }));
  });
  return { catalogFile: { path: show(catalogPath), text: readFileSync(catalogPath, "utf8") }, files };
}
