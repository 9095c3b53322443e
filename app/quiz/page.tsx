import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requireUser } from "@/app/_lib/auth";
import { attemptHistory, questionBank } from "@/app/_lib/dal/quiz";
import { visibleDecks } from "@/app/_lib/dal/decks";
import { chooseDecks, deckScope, requestedDecks } from "@/app/_lib/decks/choice";
import { DeckPicker, pickableDecks } from "@/app/_components/deck-picker";
import { countOf } from "@/app/_lib/count-of";
import { PASS_PERCENT } from "@/app/_lib/quiz/score";
import { percent } from "@/app/_lib/stats/percent";
import { ScoreChart } from "@/app/_components/score-chart";
import { ExamForm, PracticeForm } from "./start-forms";
import { TableScroll } from "@/app/_components/table-scroll";
import { domainLabel, EXAM_DOMAINS } from "@/app/_lib/content/schema";

export const metadata: Metadata = { title: "Quizzes and practice exams" };

/** DVA-C02's length: 65 questions (50 scored). */
const REAL_EXAM_QUESTIONS = 65;

export default async function QuizPage({ searchParams }: PageProps<"/quiz">) {
  const user = await requireUser("/quiz");
  const { topic: only, domain: domainParam, deck: deckParam } = await searchParams;
  const decks = await visibleDecks(user.id);
  const choice = chooseDecks(
    decks.map((deck) => deck.id),
    requestedDecks(deckParam),
  );
  const chosen = deckScope(choice);
  const [bank, history] = await Promise.all([questionBank(user.id, chosen), attemptHistory(user.id)]);
  const when = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: user.timeZone ?? "UTC",
  });
  const topics = bank.filter((topic) => topic.questions > 0);
  const bankSize = topics.reduce((sum, topic) => sum + topic.questions, 0);
  // "Quiz" from a weak topic on /progress comes here with that topic chosen.
  const preselected = typeof only === "string" && topics.some((topic) => topic.slug === only) ? only : undefined;
  // "Practice … questions" from the exam plan comes here with its domain.
  const domain = typeof domainParam === "string" && domainParam in EXAM_DOMAINS ? { key: domainParam, label: domainLabel(domainParam) } : undefined;
  const finished = history.filter((attempt) => attempt.submittedAt && attempt.correctCount !== null);
  const points = [...finished]
    .reverse()
    .map((attempt) => ({ percent: percent(attempt.correctCount ?? 0, attempt.questionCount) ?? 0, label: when.format(attempt.startedAt) }));

  return (
    <div className="page">
      <h1>Quizzes and practice exams</h1>
      <p className="lede">
        {bankSize} scenario questions in the style of the exam{choice.all ? "" : " in the decks you chose"}. Every question you miss goes into your daily
        reviews.
      </p>
      <DeckPicker
        action="/quiz"
        legend="Draw questions from these decks"
        decks={pickableDecks(decks, user.id, "questions")}
        choice={choice}
        keep={{ topic: preselected, domain: domain?.key }}
      />
      {bankSize === 0 ? (
        <p className="notice info">The decks you chose have no questions yet, so there is nothing to quiz on: choose other decks above.</p>
      ) : (
        <div className="quiz-start">
          <PracticeForm topics={topics} startToken={randomUUID()} only={preselected} domain={domain} decks={chosen} />
          <ExamForm topics={topics} startToken={randomUUID()} bankSize={bankSize} only={preselected} decks={chosen}>
            {bankSize < REAL_EXAM_QUESTIONS && (
              <p className="notice info">
                {choice.all ? "The bank holds" : "The decks you chose hold"} {countOf(bankSize, "question")}, fewer than the real exam&apos;s {REAL_EXAM_QUESTIONS}: the longest
                exam {choice.all ? "it makes" : "they make"} has {bankSize}.
              </p>
            )}
          </ExamForm>
        </div>
      )}

      <h2 id="history-title">Your attempts</h2>
      {history.length === 0 ? (
        <p className="empty">No attempts yet.</p>
      ) : (
        <>
          <ScoreChart points={points} />
          <TableScroll label="Table of your attempts">
            <table aria-labelledby="history-title">
              <thead>
                <tr>
                  <th scope="col">Started</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Questions</th>
                  <th scope="col">Score</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {history.map((attempt) => {
                  const score = attempt.correctCount === null ? null : percent(attempt.correctCount, attempt.questionCount);
                  return (
                    <tr key={attempt.id}>
                      <td>{when.format(attempt.startedAt)}</td>
                      <td>{attempt.mode === "exam" ? `Exam, ${Math.round((attempt.timeLimitSec ?? 0) / 60)} min` : "Practice"}</td>
                      <td>{attempt.questionCount}</td>
                      <td>{score === null ? "—" : `${attempt.correctCount}/${attempt.questionCount} (${score}%)`}</td>
                      <td>
                        {attempt.submittedAt ? (
                          <a href={`/quiz/${attempt.id}/results`}>
                            {score !== null && score >= PASS_PERCENT ? "Pass" : "Below 72%"}
                            {attempt.submittedBy === "deadline" ? " (time ran out)" : ""}
                          </a>
                        ) : (
                          <a href={`/quiz/${attempt.id}`}>In progress: resume</a>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </div>
  );
}
