// Pure filtering over the content snapshot the browse pages read from memory.

export interface BrowseFilter {
  topic?: string;
  tag?: string;
  /** Free text, matched case-insensitively against the item's Markdown. */
  q?: string;
}

export interface Browsable {
  topicSlug: string;
  tags: string[];
  /** Lower-cased Markdown of every visible part of the item. */
  searchText: string;
}

export function filterItems<T extends Browsable>(items: readonly T[], { topic, tag, q }: BrowseFilter): T[] {
  const needle = q?.trim().toLowerCase();
  return items.filter(
    (item) =>
      (!topic || item.topicSlug === topic) &&
      (!tag || item.tags.includes(tag)) &&
      (!needle || item.searchText.includes(needle)),
  );
}

/** Tags used by `items`, with how many items carry each, alphabetically. */
export function countTags(items: readonly Browsable[]): { slug: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const tag of item.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([slug, count]) => ({ slug, count }));
}
