import { expect, type Locator, type Page } from "@playwright/test";

/** The topic page: search, tag filter, cards/questions tabs and the item lists. */
export class TopicPage {
  readonly cards: Locator;
  readonly questions: Locator;

  constructor(readonly page: Page) {
    this.cards = page.getByRole("list", { name: "Flashcards" }).getByRole("listitem").filter({ has: page.getByText("Show answer") });
    this.questions = page.getByRole("list", { name: "Scenario questions" }).locator(":scope > li");
  }

  async open(slug: string) {
    await this.page.goto(`/topics/${slug}`);
  }

  async search(text: string) {
    await this.page.getByRole("searchbox").fill(text);
    await this.page.getByRole("button", { name: "Search" }).click();
  }

  async filterByTag(tag: string) {
    const filter = this.page.locator("details.tag-filter");
    if (!(await filter.getAttribute("open"))) await filter.locator("summary").click();
    await filter.getByRole("link", { name: new RegExp(`^#${tag} `) }).click();
  }

  async showQuestions() {
    await this.page.getByRole("navigation", { name: "Item type" }).getByRole("link", { name: /^Questions/ }).click();
    await expect(this.page).toHaveURL(/view=questions/);
  }
}
