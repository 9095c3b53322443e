import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { BrowseFilters } from "@/app/_components/browse-filters";
import { CardList } from "@/app/_components/card-list";
import { QuestionList } from "@/app/_components/question-list";
import { parseBrowseParams } from "@/app/_lib/browse-params";
import { getTopic, listCards, listQuestions, listTags } from "@/app/_lib/dal/content";
import { currentUser, requireUser } from "@/app/_lib/auth";

export async function generateMetadata({ params }: PageProps<"/topics/[slug]">): Promise<Metadata> {
  const user = await currentUser();
  const topic = user && (await getTopic(user.id, (await params).slug));
  return { title: topic?.title ?? "Topic not found" };
}

export default async function TopicPage({ params, searchParams }: PageProps<"/topics/[slug]">) {
  const user = await requireUser(`/topics/${(await params).slug}`);
  const topic = await getTopic(user.id, (await params).slug);
  if (!topic) notFound();
  const browse = parseBrowseParams(await searchParams);
  const filter = { topic: topic.slug, tag: browse.tag, q: browse.q };
  const [cards, questions, tags] = await Promise.all([listCards(user.id, filter), listQuestions(user.id, filter), listTags(user.id, topic.slug)]);
  const path = `/topics/${topic.slug}`;

  return (
    <div className="page">
      <Breadcrumbs trail={[]} current={topic.title} />
      <h1>{topic.title}</h1>
      <p className="lede">{topic.summary}</p>
      <p>
        <a className="button" href={`/study?topic=${topic.slug}`}>
          Study this topic
        </a>
      </p>
      <BrowseFilters
        path={path}
        params={browse}
        tags={tags}
        counts={{ cards: cards.length, questions: questions.length }}
        searchLabel={`Search ${topic.title}`}
      />
      <section aria-label={browse.view === "cards" ? "Flashcards" : "Questions"} className="spaced">
        {browse.view === "cards" ? <CardList cards={cards} /> : <QuestionList questions={questions} />}
      </section>
    </div>
  );
}
