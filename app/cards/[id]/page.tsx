import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { CorrectionNote } from "@/app/_components/correction-note";
import { ItemFacts } from "@/app/_components/item-facts";
import { Markdown } from "@/app/_components/markdown";
import { getCard } from "@/app/_lib/dal/content";
import { currentUser, requireUser } from "@/app/_lib/auth";
import { cardRecall } from "@/app/_lib/dal/fsrs";
import * as clock from "@/app/_lib/clock";

export async function generateMetadata({ params }: PageProps<"/cards/[id]">): Promise<Metadata> {
  const user = await currentUser();
  const card = user && (await getCard(user.id, (await params).id));
  return { title: card ? `Card: ${card.topic.title}` : "Card not found" };
}

export default async function CardPage({ params }: PageProps<"/cards/[id]">) {
  const user = await requireUser(`/cards/${(await params).id}`);
  const card = await getCard(user.id, (await params).id);
  if (!card) notFound();
  const recall = await cardRecall(user, card.id, await clock.now());
  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: `/topics/${card.topic.slug}`, label: card.topic.title }]} current="Flashcard" />
      <article className="panel item study-card" aria-labelledby="card-front">
        <h1 className="visually-hidden">Flashcard</h1>
        <Markdown className="item-front" html={card.frontHtml} />
        <details className="reveal" id="card-front">
          <summary>Show answer</summary>
          <Markdown className="item-back" html={card.backHtml} />
        </details>
      </article>
      {card.correction && (
        <div className="spaced">
          <CorrectionNote correction={card.correction} headingLevel={2} />
        </div>
      )}
      <h2>About this card</h2>
      <p id="card-recall">
        {recall === null
          ? "You haven't studied this card yet."
          : `Your chance of recalling it now: ${Math.round(recall * 100)}% (FSRS's estimate from your reviews of it).`}
      </p>
      <ItemFacts topic={card.topic} domain={card.domain} section={card.section} tags={card.tags} docs={card.docs} />
    </div>
  );
}
