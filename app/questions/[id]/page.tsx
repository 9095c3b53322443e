import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { CorrectionNote } from "@/app/_components/correction-note";
import { ItemFacts } from "@/app/_components/item-facts";
import { Markdown } from "@/app/_components/markdown";
import { getQuestion } from "@/app/_lib/dal/content";
import { currentUser, requireUser } from "@/app/_lib/auth";
import { browseOptionOrder } from "@/app/_lib/quiz/browse-order";
import { letterAt } from "@/app/_lib/quiz/letters";

const NUMBER_WORDS = ["", "one", "two", "three", "four"];

export async function generateMetadata({ params }: PageProps<"/questions/[id]">): Promise<Metadata> {
  const user = await currentUser();
  const question = user && (await getQuestion(user.id, (await params).id));
  return { title: question ? `Question: ${question.topic.title}` : "Question not found" };
}

export default async function QuestionPage({ params }: PageProps<"/questions/[id]">) {
  const user = await requireUser(`/questions/${(await params).id}`);
  const question = await getQuestion(user.id, (await params).id);
  if (!question) notFound();
  // Letters follow the order shown, not the authored one.
  const options = browseOptionOrder(question.id, question.options).map((option, index) => ({ ...option, label: letterAt(index) }));
  return (
    <div className="page">
      <Breadcrumbs trail={[{ href: `/topics/${question.topic.slug}?view=questions`, label: question.topic.title }]} current="Scenario question" />
      <article className="panel">
        <h1 className="visually-hidden">Scenario question</h1>
        <Markdown html={question.stemHtml} />
        {question.choose > 1 && (
          <p>
            <strong>Choose {NUMBER_WORDS[question.choose] ?? question.choose}.</strong>
          </p>
        )}
        <ol className="options" aria-label="Options">
          {options.map((option) => (
            <li key={option.key} className="option">
              <span className="option-key">{option.label}.</span>
              <Markdown as="span" html={option.textHtml} />
            </li>
          ))}
        </ol>
        <details className="reveal">
          <summary>Show the answer and explanations</summary>
          <ol className="options answers-shown" aria-label="Answer and explanations">
            {options.map((option) => (
              <li key={option.key} className={option.correct ? "option correct" : "option"}>
                <span className="option-key">{option.label}.</span>
                <span>
                  <span className={option.correct ? "verdict right" : "verdict wrong"}>{option.correct ? "Correct" : "Incorrect"}</span>{" "}
                  <Markdown as="span" html={option.textHtml} />
                </span>
                <Markdown className="option-explanation" html={option.explanationHtml} />
              </li>
            ))}
          </ol>
          {question.correction && <CorrectionNote correction={question.correction} />}
        </details>
      </article>
      <h2>About this question</h2>
      <ItemFacts topic={question.topic} domain={question.domain} section={question.section} tags={question.tags} docs={question.docs} />
    </div>
  );
}
