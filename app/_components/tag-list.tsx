/**
 * An item's tags, each a link to everything else with that tag. Plain anchors, not next/link: a long list
 * would otherwise prefetch hundreds of routes as it scrolls into view and serialize a client component per tag.
 */
export function TagList({ tags, label = "Tags" }: { tags: string[]; label?: string }) {
  return (
    <ul className="tags" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <a className="tag" href={`/search?tag=${encodeURIComponent(tag)}`}>
            #{tag}
          </a>
        </li>
      ))}
    </ul>
  );
}
