import Link from "next/link";
import { contentTotals, listTopics } from "./_lib/dal/content";
import { requireUser } from "./_lib/auth";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  await requireUser("/");
  const [topics, totals] = await Promise.all([listTopics(), contentTotals()]);
  return (
    <div className="page">
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Pass the AWS Developer Associate with databases you actually understand.</h1>
        <p className="lede">
          Flashcards and exam-style scenarios on RDS, Aurora, ElastiCache and DynamoDB — every fact checked against the
          AWS documentation, with the places the popular guide gets it wrong called out.
        </p>
        <ul className="stats" aria-label="What is in the deck">
          <li>
            <strong>{totals.cards}</strong> <span>flashcards</span>
          </li>
          <li>
            <strong>{totals.questions}</strong> <span>scenario questions</span>
          </li>
          <li>
            <strong>{topics.length}</strong> <span>topics</span>
          </li>
          <li>
            <strong>{totals.corrections}</strong> <span>cards correct the guide</span>
          </li>
        </ul>
      </section>

      <h2 id="topics-title">Topics</h2>
      <ul className="grid" aria-labelledby="topics-title">
        {topics.map((topic) => (
          <li key={topic.slug} className="panel topic-card">
            <h3>
              <Link href={`/topics/${topic.slug}`}>{topic.title}</Link>
            </h3>
            <p>{topic.summary}</p>
            <div className="counts">
              <span>{topic.cardCount} cards</span>
              <span>{topic.questionCount} questions</span>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
