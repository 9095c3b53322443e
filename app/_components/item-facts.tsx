import Link from "next/link";
import { domainLabel } from "@/app/_lib/content/schema";
import { TagList } from "./tag-list";

/** Where an item comes from and what it serves: topic, exam domain, guide section, sources. */
export function ItemFacts({
  topic,
  domain,
  section,
  tags,
  docs,
}: {
  topic: { slug: string; title: string };
  domain: string;
  section: { title: string };
  tags: string[];
  docs: string[];
}) {
  return (
    <dl className="facts">
      <dt>Topic</dt>
      <dd>
        <Link href={`/topics/${topic.slug}`}>{topic.title}</Link>
      </dd>
      <dt>Exam domain</dt>
      <dd>{domainLabel(domain)}</dd>
      <dt>Guide section</dt>
      <dd>{section.title}</dd>
      {docs.length > 0 && (
        <>
          <dt>Checked against</dt>
          <dd>
            <ul className="doc-links">
              {docs.map((url) => (
                <li key={url}>
                  <a href={url} rel="noopener noreferrer">
                    {url.replace(/^https:\/\/(docs\.aws\.amazon\.com\/)?/, "")}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      <dt>Tags</dt>
      <dd>
        <TagList tags={tags} />
      </dd>
    </dl>
  );
}
