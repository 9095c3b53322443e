import { expect, test } from "./fixtures/test";
import { moveClock } from "./fixtures/clock";
import { newStudent, openStudy, studyScreen } from "./fixtures/study";
import { secondsLeft, startExam, startPractice } from "./fixtures/quiz";

test.use({ signedIn: false });

test("a practice quiz from the keyboard: answer, see every option explained, move on, results", async ({ page }) => {
  await newStudent(page, "practice", 5);
  await startPractice(page, 2, "Amazon RDS");
  const options = page.locator(".options-field .option");
  const count = await options.count();

  await page.keyboard.press("1");
  await expect(options.first().locator("input")).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.locator(".verdict-banner")).toBeVisible();
  // Every option is explained, and the guide section is named.
  await expect(page.locator(".option-explanation")).toHaveCount(count);
  await expect(page.locator(".option.is-right")).not.toHaveCount(0);
  await expect(page.getByText(/Guide section:/)).toBeVisible();

  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Question 2 of 2" })).toBeVisible();
  await page.keyboard.press("b");
  await page.keyboard.press("Enter");
  await expect(page.locator(".verdict-banner")).toBeVisible();
  await page.getByRole("link", { name: "See the results" }).click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByRole("heading", { name: /of 2 right/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "By topic" })).toContainText("Amazon RDS");
});

test("a short timed exam: answers survive a reload, the clock keeps running, the server submits at the deadline and refuses a late answer", async ({ page }) => {
  await newStudent(page, "exam", 5);
  const attemptId = await startExam(page, 3, 1);
  await expect(page.getByRole("heading", { name: "Question 1 of 3" })).toBeVisible();

  await page.keyboard.press("a");
  await page.keyboard.press("f");
  await page.keyboard.press("n");
  await expect(page.getByRole("heading", { name: "Question 2 of 3" })).toBeVisible();
  await page.keyboard.press("2");
  await expect(page.getByText("All answers saved")).toBeVisible();
  const before = await secondsLeft(page);

  await page.reload();
  // Back where the member was, with both answers and the flag.
  await expect(page.getByRole("heading", { name: "Question 2 of 3" })).toBeVisible();
  await expect(page.locator(".options-field .option").nth(1).locator("input")).toBeChecked();
  await expect(page.getByText("2 of 3 answered · 1 flagged")).toBeVisible();
  const palette = page.getByRole("navigation", { name: "All questions" });
  await expect(palette.getByRole("button", { name: "Question 1: answered, flagged" })).toBeVisible();
  await expect(palette.getByRole("button", { name: "Question 3: unanswered" })).toBeVisible();
  const after = await secondsLeft(page);
  expect(after).toBeLessThanOrEqual(before);
  expect(after).toBeGreaterThan(before - 20);

  // Nobody keeps the exam open: once the deadline has passed, the server has submitted it at the deadline
  // (the sweep, or the next request, whichever comes first). The server's clock moves past it.
  await page.goto("about:blank");
  await moveClock(page.context(), (after + 7) * 1000);
  await page.goto("/quiz");
  const row = page.getByRole("row").filter({ hasText: "Exam, 1 min" });
  await expect(row).toContainText("(time ran out)");

  const late = await page.request.post(`/api/quiz/${attemptId}/answer`, {
    data: { position: 2, selected: ["A"] },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(late.status()).toBe(409);
  expect(((await late.json()) as { error: string }).error).toMatch(/Time is up/);

  await page.goto(`/quiz/${attemptId}/results`);
  await expect(page.getByText(/time ran out; the server submitted the answers saved by then/)).toBeVisible();
  await expect(page.getByText("1 unanswered (counted wrong)")).toBeVisible();
});

test("with the exam open, the countdown reaching zero shows the results", async ({ page }) => {
  await newStudent(page, "zero", 5);
  await startExam(page, 2, 1);
  await page.keyboard.press("a");
  await expect(page.getByText("All answers saved")).toBeVisible();
  // Fifty seconds on: the reloaded page counts down the last few and then shows the results.
  await moveClock(page.context(), 50_000);
  await page.reload();
  await expect(page).toHaveURL(/\/results$/, { timeout: 25_000 });
  await expect(page.getByText(/time ran out/)).toBeVisible();
});

test("submitting early asks first, then results can be filtered; missed questions come back in /study", async ({ page }) => {
  await newStudent(page, "submit", 0);
  const attemptId = await startExam(page, 3, 10);
  await page.keyboard.press("a");
  await page.keyboard.press("f");
  await expect(page.getByText("All answers saved")).toBeVisible();

  await page.getByRole("button", { name: "Submit exam" }).click();
  const dialog = page.getByRole("dialog", { name: "Submit the exam?" });
  await expect(dialog).toContainText("2 questions are unanswered and will count as wrong.");
  await expect(dialog).toContainText("1 is flagged for review.");
  await dialog.getByRole("button", { name: "Keep working" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Submit exam" }).click();
  await dialog.getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByRole("region", { name: "By exam domain" })).toBeVisible();

  await page.getByRole("link", { name: "Flagged" }).click();
  await expect(page.locator(".results-list > li")).toHaveCount(1);
  await page.getByRole("link", { name: "Wrong or unanswered" }).click();
  const wrong = await page.locator(".results-list > li").count();
  expect(wrong).toBeGreaterThanOrEqual(2);

  // Submitting again changes nothing.
  const again = await page.request.post(`/api/quiz/${attemptId}/submit`, { data: {}, headers: { origin: new URL(page.url()).origin } });
  expect(again.status()).toBe(200);

  // No new cards today (limit 0): the study queue holds exactly the missed questions.
  await openStudy(page, "/study");
  const study = studyScreen(page);
  await study.expectCounts(0, wrong);
  await expect(page.getByText("Missed in a quiz")).toBeVisible();
  await page.keyboard.press("Space");
  await expect(study.answer).toContainText("Answer:");
});

test("option letters follow the order the member saw: in the answers export and on a missed question's study card", async ({ page }) => {
  await newStudent(page, "letters", 0);
  await startExam(page, 2, 10);
  // Pick a shown option whose stored key is not its shown letter, so the two can't be confused.
  const keys = await page.locator(".options input").evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  const index = Math.max(0, keys.findIndex((key, i) => key !== "ABCDE"[i]));
  await page.locator(".options > li").nth(index).locator("label").click();
  await expect(page.getByText("All answers saved")).toBeVisible();
  // The second question is left unanswered: missed, so it comes back as a study card.
  await page.getByRole("button", { name: "Submit exam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(/\/results$/);

  const csv = await (await page.request.get("/api/export/quiz-answers.csv")).text();
  const [header, ...rows] = csv.trim().split(/\r?\n/).map((line) => line.split(","));
  const first = rows.find((row) => row[header!.indexOf("position")] === "0")!;
  expect(first[header!.indexOf("selected")]).toBe("ABCDE"[index]);

  await openStudy(page, "/study");
  const study = studyScreen(page);
  await expect(study.card.getByText("Missed in a quiz")).toBeVisible();
  await page.keyboard.press("Space");
  const answer = (await study.answer.getByText(/^Answer:/).innerText()).replace("Answer:", "").trim();
  await study.answer.getByRole("link", { name: "Open this card" }).click();
  await expect(page).toHaveURL(/\/questions\//);
  await page.getByText("Show the answer and explanations").click();
  const correct = await page.locator(".answers-shown > li.correct .option-key").allInnerTexts();
  expect(answer).toBe(correct.map((letter) => letter.replace(".", "")).join(", "));
});

test("Back after an exam is over never shows it live: submitted here, or closed while the member was elsewhere", async ({ page }) => {
  await newStudent(page, "back", 0);
  await startExam(page, 3, 10);
  await page.keyboard.press("a");
  await expect(page.getByText("All answers saved")).toBeVisible();
  await page.getByRole("button", { name: "Submit exam" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Submit now" }).click();
  await expect(page).toHaveURL(/\/results$/);
  // The results took the exam's place in history: Back leaves for the page before it.
  await page.goBack();
  await expect(page).toHaveURL(/\/quiz$/);
  await expect(page.getByRole("timer")).toHaveCount(0);

  // Another exam, left for another page; it is submitted elsewhere (another tab) meanwhile.
  const attemptId = await startExam(page, 3, 10);
  await page.keyboard.press("b");
  await expect(page.getByText("All answers saved")).toBeVisible();
  await page.getByRole("link", { name: "Progress", exact: true }).click();
  await expect(page).toHaveURL(/\/progress$/);
  const submitted = await page.request.post(`/api/quiz/${attemptId}/submit`, { data: {}, headers: { origin: new URL(page.url()).origin } });
  expect(submitted.status()).toBe(200);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}/results$`));
  await expect(page.getByRole("timer")).toHaveCount(0);
});

test("a pick past the number of answers a question takes says so, and changes nothing", async ({ page }) => {
  await newStudent(page, "over-pick", 0);
  // A fifth of the bank takes two answers: twenty questions hold one.
  await startExam(page, 20, 60);
  for (let i = 0; i < 20 && !(await page.locator(".choose-n").isVisible()); i++) await page.keyboard.press("n");
  await expect(page.locator(".choose-n")).toHaveText("Choose 2");
  for (const key of ["a", "b", "c"]) await page.keyboard.press(key);
  await expect(page.getByRole("status").getByText("This question takes 2 answers: clear one of yours first.")).toBeVisible();
  await expect(page.locator(".options input:checked")).toHaveCount(2);
  await expect(page.locator(".options input").nth(2)).not.toBeChecked();
  // Unticking one makes room; the message goes.
  await page.keyboard.press("a");
  await page.keyboard.press("c");
  await expect(page.locator(".options input").nth(2)).toBeChecked();
  await expect(page.getByText("This question takes 2 answers")).toHaveCount(0);
});

test("an exam option can be struck out by right click or Shift and its letter, and the strike-out is saved with the answer", async ({ page }) => {
  await newStudent(page, "strike", 0);
  await startExam(page, 2, 10);
  const options = page.locator(".options > li");
  await options.nth(1).click({ button: "right" });
  await page.keyboard.press("Shift+C");
  await expect(options.nth(1)).toHaveClass(/is-struck/);
  await expect(options.nth(2)).toHaveClass(/is-struck/);
  await expect(page.getByRole("button", { name: "Strike out option B" })).toHaveAttribute("aria-pressed", "true");
  // Struck out is not answered.
  await expect(page.getByText("0 of 2 answered")).toBeVisible();
  await expect(page.getByText("All answers saved")).toBeVisible();

  await page.reload();
  await expect(options.nth(1)).toHaveClass(/is-struck/);
  await expect(options.nth(2)).toHaveClass(/is-struck/);
  await expect(page.locator(".exam[data-ready]")).toBeAttached();
  await page.getByRole("button", { name: "Strike out option C" }).click();
  await expect(options.nth(2)).not.toHaveClass(/is-struck/);
  await expect(page.getByText("All answers saved")).toBeVisible();
  await page.reload();
  await expect(options.nth(1)).toHaveClass(/is-struck/);
  await expect(options.nth(2)).not.toHaveClass(/is-struck/);
});

test("attempts belong to their member: another member gets 404, and bad answers are refused", async ({ browser, page }) => {
  test.slow(); // two sign-ups (argon2) and an exam: past 30 s on a loaded two-core machine
  await newStudent(page, "attempt-owner", 5);
  const attemptId = await startExam(page, 2, 10);
  const origin = new URL(page.url()).origin;
  const post = (p: typeof page, data: unknown) => p.request.post(`/api/quiz/${attemptId}/answer`, { data, headers: { origin } });

  for (const bad of [{ position: 0, selected: ["Z"] }, { position: 99, selected: ["A"] }, { position: 0, selected: "A" }, { position: 0 }]) {
    const reply = await post(page, bad);
    expect(reply.status(), JSON.stringify(bad)).toBe(400);
  }
  expect((await post(page, { position: 0, selected: ["A", "A"] })).status()).toBe(400);

  const otherContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const other = await otherContext.newPage();
  await newStudent(other, "attempt-intruder", 5);
  const response = await other.goto(`/quiz/${attemptId}`);
  expect(response?.status()).toBe(404);
  expect((await other.goto(`/quiz/${attemptId}/results`))?.status()).toBe(404);
  expect((await post(other, { position: 0, selected: ["A"] })).status()).toBe(404);
  expect((await other.request.post(`/api/quiz/${attemptId}/submit`, { data: {}, headers: { origin } })).status()).toBe(404);
  await otherContext.close();

  // The owner's attempt is untouched.
  await page.reload();
  await expect(page.getByText("0 of 2 answered")).toBeVisible();
});
