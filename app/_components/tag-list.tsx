import Link from "next/link";

/** An item's tags, each a link to everything else with that tag. */
export function TagList({ tags, label = "Tags" }: { tags: string[]; label?: string }) {
  return (
    <ul className="tags" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link className="tag" href={`/search?tag=${encodeURIComponent(tag)}`}>
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
