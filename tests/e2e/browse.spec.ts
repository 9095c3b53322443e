import { join } from "node:path";
import { expect, test } from "./fixtures/test";
import { parseContent } from "@/app/_lib/content/parse-content";
import { readContentDir } from "@/app/_lib/content/read-content-dir";
import { TopicPage } from "./pages/topic-page";

test("the home page lists every topic with its cards and questions", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("AWS Developer Associate");
  const topics = page.getByRole("list", { name: "Topics" }).getByRole("listitem");
  await expect(topics).toHaveCount(5);
  for (const title of ["Amazon RDS", "Amazon Aurora", "Amazon ElastiCache", "Amazon DynamoDB", "Choosing and running databases"]) {
    const topic = topics.filter({ has: page.getByRole("link", { name: title, exact: true }) });
    await expect(topic).toContainText(/[1-9]\d* cards/);
    await expect(topic).toContainText(/[1-9]\d* questions/);
  }
  const deck = page.getByRole("list", { name: "What is in the deck" });
  await expect(deck).toContainText(/\d{3} flashcards/);
});

test("a topic shows its cards; the answer is revealed on demand; a card opens on its own page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Amazon DynamoDB", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Amazon DynamoDB" })).toBeVisible();

  const topic = new TopicPage(page);
  const first = topic.cards.first();
  const back = first.locator(".item-back");
  await expect(back).toBeHidden();
  await first.getByText("Show answer").click();
  await expect(back).toBeVisible();
  await expect(back).not.toBeEmpty();

  const front = await first.locator(".item-front").innerText();
  await first.getByRole("link", { name: /Open card/ }).click();
  await expect(page).toHaveURL(/\/cards\/[a-z0-9-]+$/);
  await expect(page.locator(".item-front")).toHaveText(front);
  await expect(page.getByText("Exam domain")).toBeVisible();
  await expect(page.getByText("Guide section")).toBeVisible();
  await expect(page.getByRole("link", { name: "Amazon DynamoDB" }).first()).toBeVisible();
});

test("search and tag filters narrow the cards, and can be cleared", async ({ page }) => {
  const topic = new TopicPage(page);
  await topic.open("dynamodb");
  const all = await topic.cards.count();
  expect(all).toBeGreaterThan(20);

  await topic.search("GSI");
  await expect(page).toHaveURL(/q=GSI/);
  const found = await topic.cards.count();
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(all);
  for (const text of await topic.cards.allInnerTexts()) expect(text.length).toBeGreaterThan(0);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(topic.cards).toHaveCount(all);

  await topic.filterByTag("capacity");
  await expect(page).toHaveURL(/tag=capacity/);
  const tagged = await topic.cards.count();
  expect(tagged).toBeGreaterThan(0);
  expect(tagged).toBeLessThan(all);
  for (const card of await topic.cards.all()) await expect(card.getByRole("link", { name: "#capacity" })).toBeVisible();
});

test("a search that matches nothing says so", async ({ page }) => {
  await page.goto("/search?q=zzzz-no-such-text");
  await expect(page.getByText("No cards match.")).toBeVisible();
});

test("a question shows its options, then the answer with an explanation for every option", async ({ page }) => {
  const topic = new TopicPage(page);
  await topic.open("rds");
  await topic.showQuestions();
  await expect(topic.questions.first()).toBeVisible();
  await topic.questions.first().getByRole("link", { name: "Answer this question" }).click();
  await expect(page).toHaveURL(/\/questions\/q-[a-z0-9-]+$/);

  const options = page.getByRole("list", { name: "Options" }).getByRole("listitem");
  const optionCount = await options.count();
  expect(optionCount).toBeGreaterThanOrEqual(4);
  const answers = page.getByRole("list", { name: "Answer and explanations" });
  await expect(answers).toBeHidden();

  await page.getByText("Show the answer and explanations").click();
  await expect(answers).toBeVisible();
  await expect(answers.getByRole("listitem")).toHaveCount(optionCount);
  await expect(answers.locator(".verdict.right").first()).toBeVisible();
  for (const explanation of await answers.locator(".option-explanation").all()) await expect(explanation).not.toBeEmpty();
});

test("a question's options keep one order on every visit, and it is not the order they were written in", async ({ page }) => {
  test.slow(); // sixteen page loads
  const { catalogFile, files } = readContentDir(join(process.cwd(), "content"));
  const questions = parseContent(catalogFile, files).questions.slice(0, 8);
  const plain = (text: string) => text.replace(/[`*_]/g, "").replace(/\s+/g, " ").trim();
  let reordered = 0;
  for (const question of questions) {
    const shown = async () => {
      await page.goto(`/questions/${question.id}`);
      return (await page.getByRole("list", { name: "Options" }).getByRole("listitem").allTextContents()).map((text) => plain(text.replace(/^[A-E]\.\s*/, "")));
    };
    const first = await shown();
    expect(await shown()).toEqual(first);
    expect([...first].sort()).toEqual(question.options.map((option) => plain(option.text)).sort());
    if (first.join("|") !== question.options.map((option) => plain(option.text)).join("|")) reordered += 1;
  }
  // A stable shuffle leaves about one in 24 four-option questions in written order.
  expect(reordered).toBeGreaterThanOrEqual(6);
});

test("a multiple-response question says how many to choose and marks that many correct", async ({ page }) => {
  await page.goto("/search?view=questions");
  const multiple = page.getByRole("list", { name: "Scenario questions" }).locator(":scope > li").filter({ hasText: "Choose 2" });
  expect(await multiple.count()).toBeGreaterThanOrEqual(10);
  await multiple.first().getByRole("link", { name: "Answer this question" }).click();
  await expect(page.getByText("Choose two.")).toBeVisible();
  await page.getByText("Show the answer and explanations").click();
  await expect(page.locator(".answers-shown .verdict.right")).toHaveCount(2);
});

test("the corrections page lists where the guide errs, and each links to an item that teaches the fix", async ({ page }) => {
  await page.goto("/corrections");
  const corrections = page.getByRole("list", { name: "Corrections" }).locator(":scope > li");
  expect(await corrections.count()).toBeGreaterThanOrEqual(5);
  const backtrack = corrections.filter({ hasText: /backtrack/i }).first();
  await expect(backtrack).toContainText(/MySQL/);
  await expect(backtrack.getByRole("link", { name: "AWS documentation" })).toHaveAttribute("href", /^https:\/\/docs\.aws\.amazon\.com\//);

  await backtrack.getByRole("link", { name: /^(card|question) / }).first().click();
  await expect(page.getByRole("complementary", { name: "Correction to the guide" })).toBeAttached();
});

test("an unknown card or topic is a 404 page, not an error", async ({ page }) => {
  const response = await page.goto("/cards/no-such-card");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  expect((await page.goto("/topics/no-such-topic"))?.status()).toBe(404);
});
