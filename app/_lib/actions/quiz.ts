"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import { visibleDecks } from "@/app/_lib/dal/decks";
import { questionBank, startQuiz, type StartQuiz } from "@/app/_lib/dal/quiz";
import { chooseDecks, deckScope } from "@/app/_lib/decks/choice";
import { countOf } from "@/app/_lib/count-of";
import { startExamSchema, startPracticeSchema } from "@/app/_lib/quiz/schemas";
import { field, invalid, type FormState } from "./form-state";
import { now } from "@/app/_lib/clock";

const formList = (formData: FormData, name: string) => formData.getAll(name).filter((value): value is string => typeof value === "string");

async function begin(userId: string, input: Omit<StartQuiz, "decks"> & { decks: string[] }): Promise<FormState> {
  // The decks came from the page's picker: one the member can't see is refused, alike whether it exists or not.
  const choice = chooseDecks((await visibleDecks(userId)).map((deck) => deck.id), input.decks);
  if (choice.ignored > 0) return { ok: false, message: "Choose decks from the list: reload the page and try again." };
  const decks = deckScope(choice);
  const known = new Set((await questionBank(userId, decks)).filter((topic) => topic.questions > 0).map((topic) => topic.slug));
  if (input.topics.some((topic) => !known.has(topic))) return { ok: false, message: "Choose topics from the list.", errors: { topics: ["Unknown topic."] } };
  const started = await startQuiz(userId, { ...input, decks }, await now());
  if ("available" in started) return { ok: false, message: refusal(input, started.available) };
  redirect(`/quiz/${started.id}`);
}

/** Why no attempt started, in words that say what to change. */
function refusal(input: Pick<StartQuiz, "mode" | "count" | "domain">, available: number): string {
  if (available === 0) return input.domain ? "Those topics have no questions in that domain: choose more topics, or all domains." : "Those topics have no questions yet.";
  return `The decks and topics you chose hold only ${countOf(available, "question")}, too few for an exam of ${input.count}: choose a shorter exam, or more decks or topics.`;
}

export async function startPractice(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = startPracticeSchema.safeParse({
    topics: formList(formData, "topics"),
    count: field(formData, "count"),
    startToken: field(formData, "startToken"),
    domain: field(formData, "domain") || undefined,
    decks: formList(formData, "decks"),
  });
  if (!parsed.success) return invalid(parsed.error);
  const { topics, count, startToken, domain, decks } = parsed.data;
  return begin(user.id, { mode: "practice", topics, count, minutes: null, startToken, domain, decks });
}

export async function startExam(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = startExamSchema.safeParse({
    topics: formList(formData, "topics"),
    size: field(formData, "size"),
    count: field(formData, "count") || undefined,
    minutes: field(formData, "minutes") || undefined,
    startToken: field(formData, "startToken"),
    decks: formList(formData, "decks"),
  });
  if (!parsed.success) return invalid(parsed.error);
  const { topics, count, minutes, startToken, decks } = parsed.data;
  return begin(user.id, { mode: "exam", topics, count, minutes, startToken, decks });
}
