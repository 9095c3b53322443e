import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { dateIn } from "./fixtures/dates";
import { newStudent, openStudy, studyScreen } from "./fixtures/study";
import { answerAndSubmit, startExam } from "./fixtures/quiz";
import { expectAccessible } from "./fixtures/axe";
import { FIRST_ADMIN } from "./fixtures/accounts";

test.use({ signedIn: false });

/** "Sat, 5 Dec": a date as the plan names it. */
const shown = (date: string) =>
  new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));

/** Every card's schedule as the member's export has it. */
const cardStates = async (page: Page) => (await page.request.get("/api/export/card-states.csv")).text();

test("a week from the exam: a plan to the date that one click applies, readiness from answers, a cram session that leaves the schedule alone, and the group's view", async ({
  page,
}) => {
  test.slow(); // a 60-question exam and several pages, each rendered once
  const member = await newStudent(page, "plan", 3);
  const examDate = await dateIn(page, 7);
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Exam date" });
  await form.getByLabel("When you sit the exam (optional)").fill(examDate);
  await form.getByLabel("Cram session: days before the exam").fill("7");
  await form.getByRole("button", { name: "Save exam date" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");

  // Three new cards studied today (Good): under SM-2 each comes back tomorrow, so by the exam each has faded.
  await openStudy(page);
  const screen = studyScreen(page);
  for (let i = 0; i < 3; i++) {
    await expect(screen.counts).toContainText(`${i} done today`);
    await page.keyboard.press("Space");
    await expect(screen.answer).toBeVisible();
    await page.keyboard.press("Space");
  }
  await expect(screen.done).toBeVisible();
  await screen.expectSaved();

  // The plan, before any answers: new cards a day, a timed exam today, the domain that needs answers most.
  await page.goto("/progress");
  const plan = page.getByRole("region", { name: "Your plan to the exam" });
  const newCards = plan.locator("#plan-new-cards");
  await expect(newCards).toHaveText(new RegExp(`start (\\d+) a day until ${shown(await dateIn(page, 5))}\\. Your limit is 3 a day\\.`));
  const perDay = Number(/start (\d+) a day/.exec((await newCards.textContent())!)![1]);
  const unseen = Number(/each of your (\d+) new cards/.exec((await newCards.textContent())!)![1]);
  expect(perDay).toBe(Math.ceil(unseen / 6)); // 7 days to go, a second sight a day after the first: 6 days to start cards
  await expect(plan.locator("#plan-next-exam")).toHaveText(/Take a timed practice exam every 2 days: the next one today\./);
  await expect(plan.locator("#plan-weakest")).toContainText("it needs 10 more answers before there is an estimate.");
  await expect(page.locator("#readiness-missing")).toBeVisible();
  await expectAccessible(page, "/progress with a plan");

  // One click applies it to the new-card limit.
  await newCards.getByRole("button", { name: `Set my limit to ${perDay} a day` }).click();
  await expect(newCards.getByRole("status")).toHaveText(`New-card limit set to ${perDay} a day.`);
  await page.goto("/settings");
  await expect(page.getByLabel("New cards a day")).toHaveValue(String(perDay));

  // Answers: a 60-question exam (every domain gets at least 10). Readiness turns into an estimate, and the plan follows.
  const attempt = await startExam(page, 60, 120);
  await answerAndSubmit(page, attempt, 60);
  await page.goto("/progress");
  await expect(page.locator("#readiness-estimate")).toBeVisible();
  await expect(plan.locator("#plan-next-exam")).toHaveText(new RegExp(`the next one on ${shown(await dateIn(page, 2))}\\.`));
  await expect(plan.locator("#plan-weakest")).toHaveText(/^Work on .+ today: your lowest expected score, \d{1,3}%\. Practice .+ questions$/);
  await expect(newCards.getByRole("button")).toHaveCount(0); // the limit already is the plan's
  await page.goto("/");
  await expect(page.locator("#home-plan")).toHaveText(new RegExp(`^Today's plan: ${perDay} new cards a day, work on .+\\. Your plan to the exam$`));

  // "Practice … questions" starts practice on that domain alone.
  await page.goto("/progress");
  const domain = (await plan.locator("#plan-weakest strong").textContent())!;
  await plan.getByRole("link", { name: `Practice ${domain} questions` }).click();
  await expect(page.getByLabel(`Only questions in ${domain}`)).toBeChecked();

  // The cram session: the three cards, weakest first; grading here moves nothing.
  const before = await cardStates(page);
  await page.goto("/");
  await page.locator("#home-cram").getByRole("link", { name: "Cram session" }).click();
  await expect(page.locator("#cram-intro")).toContainText("3 cards you are predicted to recall less than 90% of the time");
  await expect(page.locator("section.cram[data-ready]")).toBeAttached();
  const progress = page.locator("#cram-progress");
  await expect(progress).toHaveText("3 to go, 0 done.");
  await page.keyboard.press("Space");
  await page.keyboard.press("1"); // Again: it comes round later in the session
  await expect(progress).toHaveText("3 to go, 0 done.");
  await page.keyboard.press("Space");
  await page.keyboard.press("2");
  await expect(progress).toHaveText("2 to go, 1 done.");
  await page.keyboard.press("u");
  await expect(progress).toHaveText("3 to go, 0 done.");
  await page.reload(); // the place is kept
  await expect(page.locator("section.cram[data-ready]")).toBeAttached();
  await expect(progress).toHaveText("3 to go, 0 done.");
  await expectAccessible(page, "/study/cram");
  for (let left = 3; left > 0; left--) {
    await page.keyboard.press("Space");
    await expect(page.getByLabel("Answer")).toBeVisible();
    await page.keyboard.press("Space");
  }
  await expect(progress).toHaveText("All 3 done. Your schedule is unchanged: your daily reviews are on the study screen.");
  expect(await cardStates(page)).toBe(before);

  // The group board: days to go and a band for this member, nothing for a member without a date.
  await page.goto("/group");
  const board = page.getByRole("table", { name: "Members" });
  await expect(board.getByRole("row", { name: new RegExp(member.name) }).getByRole("cell").last()).toHaveText(/^In 7 days(On track|Borderline|Not yet)$/);
  await expect(board.getByRole("row", { name: new RegExp(FIRST_ADMIN.name) }).getByRole("cell").last()).toHaveText("—");
});
