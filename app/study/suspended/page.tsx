import type { Metadata } from "next";
import { Markdown } from "@/app/_components/markdown";
import { unsuspend } from "@/app/_lib/actions/study";
import { requireUser } from "@/app/_lib/auth";
import { suspendedItems } from "@/app/_lib/dal/study";

export const metadata: Metadata = { title: "Suspended cards" };

export default async function SuspendedPage() {
  const user = await requireUser("/study/suspended");
  const items = await suspendedItems(user);
  const leeches = items.filter((item) => item.leech).length;
  return (
    <div className="page narrow">
      <h1>Suspended cards and leeches</h1>
      <p className="lede">
        Suspended cards stay out of your reviews until you bring them back. A card you fail 8 times becomes a{" "}
        <strong>leech</strong> and is suspended for you: rewrite it in your own words, or read its AWS documentation,
        before you unsuspend it.
      </p>
      {items.length === 0 ? (
        <p className="empty">No suspended cards. <a href="/study">Back to studying</a></p>
      ) : (
        <>
          <p>
            {items.length} suspended, {leeches} of them {leeches === 1 ? "a leech" : "leeches"}.
          </p>
          <ul className="item-list">
            {items.map((item) => (
              <li key={`${item.itemKind}:${item.itemId}`} className="panel item">
                <p className="item-meta">
                  {item.leech ? <span className="badge leech">Leech</span> : <span className="badge">Suspended</span>}
                  <span>
                    {item.lapses} {item.lapses === 1 ? "lapse" : "lapses"}
                  </span>
                </p>
                <a href={item.href} className="item-front-link">
                  <Markdown as="span" className="item-front" html={item.html} />
                </a>
                <form action={unsuspend}>
                  <input type="hidden" name="itemKind" value={item.itemKind} />
                  <input type="hidden" name="itemId" value={item.itemId} />
                  <button type="submit" className="button secondary">
                    Unsuspend
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
