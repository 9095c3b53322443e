"use server";

import { redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import { questionBank, startQuiz } from "@/app/_lib/dal/quiz";
import { startExamSchema, startPracticeSchema } from "@/app/_lib/quiz/schemas";
import { field, invalid, type FormState } from "./form-state";
import { now } from "@/app/_lib/clock";

const formTopics = (formData: FormData) => formData.getAll("topics").filter((value): value is string => typeof value === "string");

async function begin(userId: string, input: Parameters<typeof startQuiz>[1]): Promise<FormState> {
  const known = new Set((await questionBank(userId)).filter((topic) => topic.questions > 0).map((topic) => topic.slug));
  if (input.topics.some((topic) => !known.has(topic))) return { ok: false, message: "Choose topics from the list.", errors: { topics: ["Unknown topic."] } };
  const id = await startQuiz(userId, input, await now());
  if (!id) return { ok: false, message: input.domain ? "Those topics have no questions in that domain: choose more topics, or all domains." : "Those topics have no questions yet." };
  redirect(`/quiz/${id}`);
}

export async function startPractice(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = startPracticeSchema.safeParse({
    topics: formTopics(formData),
    count: field(formData, "count"),
    startToken: field(formData, "startToken"),
    domain: field(formData, "domain") || undefined,
  });
  if (!parsed.success) return invalid(parsed.error);
  const { topics, count, startToken, domain } = parsed.data;
  return begin(user.id, { mode: "practice", topics, count, minutes: null, startToken, domain });
}

export async function startExam(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = startExamSchema.safeParse({
    topics: formTopics(formData),
    size: field(formData, "size"),
    count: field(formData, "count") || undefined,
    minutes: field(formData, "minutes") || undefined,
    startToken: field(formData, "startToken"),
  });
  if (!parsed.success) return invalid(parsed.error);
  const { topics, count, minutes, startToken } = parsed.data;
  return begin(user.id, { mode: "exam", topics, count, minutes, startToken });
}
