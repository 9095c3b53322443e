import { expect, test } from "./fixtures/test";
import Database from "better-sqlite3";
import { writeFileSync } from "node:fs";
import { startPractice } from "./fixtures/quiz";
import { newStudent, openStudy, studyScreen } from "./fixtures/study";

test.use({ signedIn: false });

test("the dashboard and the group board reflect a review session and a quiz", async ({ page }) => {
  const member = await newStudent(page, "dash", 3);
  await page.goto("/progress");
  await expect(page.locator("section.today")).toContainText("0 reviewed today");
  await expect(page.getByText("No quizzes yet.")).toBeVisible();
  // Day one: retention says why it has no figures.
  await expect(page.getByText(/No figures yet: retention needs reviews of cards you first studied on an earlier day/)).toBeVisible();

  await openStudy(page, "/study");
  const study = studyScreen(page);
  for (const grade of ["5", "4", "2"]) {
    await page.keyboard.press("Space");
    await page.keyboard.press(grade);
  }
  await study.expectCounts(3, 1);
  await study.expectSaved();

  await startPractice(page, 1, "Amazon Aurora");
  await page.keyboard.press("1");
  await page.keyboard.press("Enter");
  await expect(page.locator(".verdict-banner")).toBeVisible();
  const right = (await page.locator(".verdict-banner").getAttribute("class"))!.includes("right");

  await page.goto("/progress");
  const today = page.locator("section.today");
  await expect(today).toContainText("3 reviewed today");
  await expect(today).toContainText("1 day in a row");
  await expect(page.getByText(/^3 reviews on 1 day\./)).toBeVisible();
  // The forecast has the two cards graded 4 and 5 due tomorrow (interval 1), and the one graded 2 too.
  await page.getByText("Reviews due by day (table)").click();
  const forecastRows = page.locator("details", { hasText: "Reviews due by day" }).getByRole("row");
  await expect(forecastRows.nth(2).getByRole("cell").nth(1)).toHaveText("3");
  // Quiz accuracy for Aurora shows the one answer, scored as the practice screen said.
  const aurora = page.getByRole("row", { name: /Amazon Aurora/ }).first();
  await expect(aurora).toContainText(right ? "1/1 (100%)" : "0/1 (0%)");
  await expect(page.getByRole("img", { name: /Reviews per day over the past year: 3 reviews on 1 days?/ })).toBeVisible();

  // The home page carries the streak.
  await page.goto("/");
  await expect(page.getByText("1 day in a row.")).toBeVisible();

  // So does the group board, with this week's reviews.
  await page.goto("/group");
  const row = page.getByRole("table", { name: "Members" }).getByRole("row", { name: new RegExp(member.name) });
  await expect(row.getByRole("cell").nth(0)).toHaveText("1 day");
  await expect(row.getByRole("cell").nth(1)).toHaveText("3");
  await expect(page.getByRole("heading", { name: "The group's weakest topics" })).toBeVisible();
});

test("a member downloads their data as JSON and CSV, and it parses", async ({ page }) => {
  const member = await newStudent(page, "export", 2);
  await openStudy(page, "/study");
  await page.keyboard.press("Space");
  await page.keyboard.press("4");
  await studyScreen(page).expectSaved();

  await page.goto("/settings");
  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "All of it, as JSON" }).click()]);
  const data = JSON.parse(await (await json.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")));
  expect(data.member.email).toBe(member.email);
  expect(data.reviewLog).toHaveLength(1);
  expect(data.reviewLog[0]).toMatchObject({ quality: 4, kind: "new", itemKind: "card" });
  expect(data.reviewStates).toHaveLength(1);
  expect(JSON.stringify(data)).not.toContain("passwordHash");

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Review log (CSV)" }).click()]);
  const text = Buffer.concat(await (await csv.createReadStream()).toArray()).toString("utf8");
  const [header, row, end] = text.split("\r\n");
  expect(header!.split(",")).toContain("quality");
  expect(row!.split(",")[header!.split(",").indexOf("quality")]).toBe("4");
  expect(end).toBe("");

  // Signed out, there is nothing to download.
  const anonymous = await page.context().browser()!.newContext();
  expect((await anonymous.request.get(new URL("/api/export/my-data.json", page.url()).href)).status()).toBe(401);
  await anonymous.close();
});

test("only the admin gets a backup, and one taken while a member grades opens and passes integrity_check", async ({ browser, page: adminPage, admin }, testInfo) => {
  const memberContext = await browser.newContext();
  const page = await memberContext.newPage();
  const member = await newStudent(page, "during-backup", 20);

  expect((await page.request.get("/api/admin/backup")).status()).toBe(403);

  // The member keeps grading while the admin downloads.
  await openStudy(page, "/study");
  const grading = (async () => {
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Space");
      await page.keyboard.press("5");
    }
  })();
  await adminPage.goto("/admin");
  const [download] = await Promise.all([adminPage.waitForEvent("download"), adminPage.getByRole("link", { name: "Download a backup" }).click()]);
  await grading;
  const file = testInfo.outputPath("backup.db");
  writeFileSync(file, Buffer.concat(await (await download.createReadStream()).toArray()));
  const copy = new Database(file, { readonly: true });
  try {
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    expect((copy.prepare("SELECT count(*) AS n FROM Card").get() as { n: number }).n).toBeGreaterThan(200);
    const emails = (copy.prepare("SELECT email FROM User").all() as { email: string }[]).map((row) => row.email);
    expect(emails).toEqual(expect.arrayContaining([admin.email, member.email]));
  } finally {
    copy.close();
  }
  await memberContext.close();
});
