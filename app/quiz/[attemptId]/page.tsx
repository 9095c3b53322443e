import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/app/_lib/auth";
import { attemptView } from "@/app/_lib/dal/quiz";
import { ExamSession } from "./exam-session";
import { PracticeSession } from "./practice-session";
import { now } from "@/app/_lib/clock";

export const metadata: Metadata = { title: "Quiz" };

export default async function AttemptPage({ params }: PageProps<"/quiz/[attemptId]">) {
  const { attemptId } = await params;
  const user = await requireUser(`/quiz/${attemptId}`);
  const view = await attemptView(user.id, attemptId, await now());
  if (!view) notFound();
  if (view.mode === "exam" && !view.open) redirect(`/quiz/${attemptId}/results`);
  return (
    <div className="page">
      <h1>{view.mode === "exam" ? "Practice exam" : "Practice quiz"}</h1>
      {view.mode === "exam" ? <ExamSession view={view} /> : <PracticeSession view={view} />}
    </div>
  );
}
