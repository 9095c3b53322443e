import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { startExam, startPractice } from "./fixtures/quiz";
import { newStudent } from "./fixtures/study";

test.use({ signedIn: false });

const tenAtOnce = (request: APIRequestContext, baseURL: string, path: string, data: unknown) =>
  Promise.all(Array.from({ length: 10 }, () => request.post(path, { data, headers: { origin: baseURL } })));

test("an answer, a practice check and an exam submission, each sent ten times at once, apply once", async ({ page, baseURL }) => {
  await newStudent(page, "quiz-burst", 0);

  // Practice: ten checks of one answer all get the first check's verdict, and it is checked once.
  const practice = await startPractice(page, 2);
  const checks = await tenAtOnce(page.request, baseURL!, `/api/quiz/${practice}/check`, { position: 0, selected: ["A"] });
  expect(checks.map((reply) => reply.status())).toEqual(Array(10).fill(200));
  const verdicts = new Set(await Promise.all(checks.map(async (reply) => JSON.stringify(await reply.json()))));
  expect(verdicts.size).toBe(1);

  // Exam: ten autosaves of one answer, then ten submissions: one submitted attempt with that answer.
  const exam = await startExam(page, 2, 10);
  const saves = await tenAtOnce(page.request, baseURL!, `/api/quiz/${exam}/answer`, { position: 0, selected: ["B"], at: 1 });
  expect(saves.map((reply) => reply.status())).toEqual(Array(10).fill(200));
  const submits = await tenAtOnce(page.request, baseURL!, `/api/quiz/${exam}/submit`, {});
  expect(submits.map((reply) => reply.status())).toEqual(Array(10).fill(200));

  await page.goto("/quiz");
  const rows = page.getByRole("table", { name: "Your attempts" }).locator("tbody tr");
  await expect(rows).toHaveCount(2);
  const examRow = rows.filter({ hasText: "Exam, 10 min" });
  await expect(examRow).toHaveCount(1);
  await expect(examRow).toContainText(/[0-2]\/2 \(\d+%\)/);
  await page.goto(`/quiz/${exam}/results`);
  // The saved answer counted: only the question never answered is listed as unanswered.
  await expect(page.getByText("1 unanswered (counted wrong).")).toBeVisible();
});
