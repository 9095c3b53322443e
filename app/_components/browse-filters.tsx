import Link from "next/link";
import { browseHref, type BrowseParams } from "@/app/_lib/browse-params";

/** Search box, cards/questions tabs and tag chips; plain links and a GET form, so no client JavaScript. */
export function BrowseFilters({
  path,
  params,
  tags,
  counts,
  searchLabel,
}: {
  path: string;
  params: BrowseParams;
  tags: { slug: string; count: number }[];
  counts: { cards: number; questions: number };
  searchLabel: string;
}) {
  return (
    <>
      <div className="toolbar">
        <form className="search-form" action={path} method="get" role="search">
          {params.view !== "cards" && <input type="hidden" name="view" value={params.view} />}
          {params.tag && <input type="hidden" name="tag" value={params.tag} />}
          <label htmlFor="q">{searchLabel}</label>
          <input id="q" type="search" name="q" defaultValue={params.q ?? ""} placeholder={searchLabel} maxLength={100} />
          <button className="button" type="submit">
            Search
          </button>
        </form>
        {(params.q || params.tag) && (
          <Link className="button secondary" href={browseHref(path, { view: params.view })}>
            Clear filters
          </Link>
        )}
      </div>

      <details className="tag-filter" open={Boolean(params.tag)}>
        <summary>{params.tag ? `Filtered by #${params.tag}` : "Filter by tag"}</summary>
        <ul className="tags" aria-label="Filter by tag">
          {tags.map((tag) => (
            <li key={tag.slug}>
              <a
                className="tag"
                aria-current={params.tag === tag.slug ? "true" : undefined}
                href={browseHref(path, { ...params, tag: params.tag === tag.slug ? undefined : tag.slug })}
              >
                #{tag.slug} <span aria-label={`${tag.count} items`}>({tag.count})</span>
              </a>
            </li>
          ))}
        </ul>
      </details>

      <nav className="tabs" aria-label="Item type">
        <Link href={browseHref(path, { ...params, view: "cards" })} aria-current={params.view === "cards" ? "page" : undefined}>
          Flashcards ({counts.cards})
        </Link>
        <Link href={browseHref(path, { ...params, view: "questions" })} aria-current={params.view === "questions" ? "page" : undefined}>
          Questions ({counts.questions})
        </Link>
      </nav>
    </>
  );
}
