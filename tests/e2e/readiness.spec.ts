import { expect, test } from "./fixtures/test";
import { newStudent } from "./fixtures/study";
import { answerAndSubmit, startExam } from "./fixtures/quiz";

test.use({ signedIn: false });

test("readiness says what is missing, then, after a 60-question exam, an estimated score with its range and the chance of 72%", async ({ page }) => {
  await newStudent(page, "readiness", 5);
  await page.goto("/progress");
  const panel = page.getByRole("region", { name: "Exam readiness" });
  await expect(panel).toContainText("On what this app covers");
  const missing = panel.locator("#readiness-missing");
  await expect(missing.getByRole("listitem")).toHaveCount(4);
  for (const domain of ["Development with AWS Services", "Security", "Deployment", "Troubleshooting and Optimization"]) {
    await expect(missing).toContainText(`Answer at least 10 more questions in ${domain}.`);
  }

  // A 60-question exam drawn by the blueprint holds at least 10 questions of each domain: answer every one, submit.
  const attempt = await startExam(page, 60, 120);
  await answerAndSubmit(page, attempt, 60);

  await page.goto("/progress");
  await expect(panel.locator("#readiness-estimate")).toHaveText(/^Estimated score \d{1,3}% \(90% range \d{1,3}%–\d{1,3}%\); chance of reaching 72%: \d{1,3}%\.$/);
  await expect(panel.getByRole("table").getByRole("row")).toHaveCount(5);
  await page.goto("/");
  await expect(page.locator("#home-readiness")).toHaveText(/^Readiness on what this app covers: about \d{1,3}% \(\d{1,3}–\d{1,3}%\), a \d{1,3}% chance of 72%\./);
});
