import type { Metadata } from "next";
import { BrowseFilters } from "@/app/_components/browse-filters";
import { CardList } from "@/app/_components/card-list";
import { QuestionList } from "@/app/_components/question-list";
import { parseBrowseParams } from "@/app/_lib/browse-params";
import { listCards, listQuestions, listTags } from "@/app/_lib/dal/content";
import { requireUser } from "@/app/_lib/auth";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const user = await requireUser("/search");
  const browse = parseBrowseParams(await searchParams);
  const filter = { tag: browse.tag, q: browse.q };
  const [cards, questions, tags] = await Promise.all([listCards(user.id, filter), listQuestions(user.id, filter), listTags(user.id)]);
  const heading = browse.tag ? `Tagged #${browse.tag}` : browse.q ? `Results for “${browse.q}”` : "Search all topics";

  return (
    <div className="page">
      <h1>{heading}</h1>
      <p className="lede">Every flashcard and question across all topics. Search the text, or narrow by tag.</p>
      <BrowseFilters
        path="/search"
        params={browse}
        tags={tags}
        counts={{ cards: cards.length, questions: questions.length }}
        searchLabel="Search cards and questions"
      />
      <section aria-label={browse.view === "cards" ? "Flashcards" : "Questions"} className="spaced">
        {browse.view === "cards" ? <CardList cards={cards} /> : <QuestionList questions={questions} />}
      </section>
    </div>
  );
}
