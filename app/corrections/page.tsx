import type { Metadata } from "next";
import Link from "next/link";
import { Markdown } from "@/app/_components/markdown";
import { listCorrections, listTopics } from "@/app/_lib/dal/content";
import { requireUser } from "@/app/_lib/auth";

export const metadata: Metadata = { title: "Guide corrections" };
export const dynamic = "force-dynamic";

/** Every place the source guide is wrong or dated, once per claim, with the items that teach the fix. */
export default async function CorrectionsPage() {
  const user = await requireUser("/corrections");
  const [items, topics] = await Promise.all([listCorrections(user.id), listTopics(user.id)]);
  const topicTitle = new Map(topics.map((topic) => [topic.slug, topic.title]));
  const claims = new Map<string, { correction: (typeof items)[number]["correction"]; section: string; items: typeof items }>();
  for (const item of items) {
    const key = item.correction.guide.trim().toLowerCase();
    const claim = claims.get(key) ?? { correction: item.correction, section: item.section.title, items: [] };
    claim.items.push(item);
    claims.set(key, claim);
  }

  return (
    <div className="page">
      <h1>Where the guide is wrong or dated</h1>
      <p className="lede">
        Our content comes from a popular blog guide, checked line by line against the AWS documentation. These are the
        claims we corrected; the cards and questions teach the current fact.
      </p>
      {claims.size === 0 ? (
        <p className="empty">No corrections recorded.</p>
      ) : (
        <ol className="item-list" aria-label="Corrections">
          {[...claims.values()].map(({ correction, section, items: related }) => (
            <li key={correction.guide} className="panel item">
              <div className="item-meta">
                <span className="badge warm">{section}</span>
              </div>
              <p className="guide-said">
                The guide says: <q>{correction.guide}</q>
              </p>
              <p>
                <strong>In fact: </strong>
                <Markdown as="span" html={correction.noteHtml} />{" "}
                <a href={correction.source} rel="noopener noreferrer">
                  AWS documentation
                </a>
              </p>
              <h3 className="related-title" id={`taught-${related[0]!.id}`}>
                Taught in
              </h3>
              <ul className="related-list" aria-labelledby={`taught-${related[0]!.id}`}>
                {related.map((item) => (
                  <li key={item.id}>
                    <Link href={`/${item.kind === "card" ? "cards" : "questions"}/${item.id}`}>
                      {item.kind === "card" ? "card" : "question"} {item.id}
                    </Link>{" "}
                    <span className="muted">({topicTitle.get(item.topicSlug) ?? item.topicSlug})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
