import { describe, expect, it } from "vitest";
import { renderInlineMarkdown, renderMarkdown, renderWithGfm } from "@/app/_lib/content/render-markdown";

describe("renderMarkdown", () => {
  it("renders GitHub-flavoured Markdown: emphasis, code, lists and tables", () => {
    expect(renderMarkdown("**1 KB** per `WCU`")).toBe("<p><strong>1 KB</strong> per <code>WCU</code></p>");
    expect(renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |")).toContain("<table>");
    expect(renderMarkdown("- one\n- two")).toBe("<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
  });

  it("never passes through executable HTML", () => {
    const hostile = [
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(1)">',
      "[click](javascript:alert(1))",
      '<svg onload="alert(1)"><circle /></svg>',
      '<a href="javascript:alert(1)">x</a>',
      "<iframe src=https://example.org></iframe>",
      "![x](javascript:alert(1))",
    ].join("\n\n");
    const html = renderMarkdown(hostile);
    expect(html).not.toMatch(/<script|<img[^>]*onerror|<svg|<iframe|javascript:|onload=/i);
  });

  it("keeps ordinary https links", () => {
    expect(renderMarkdown("[docs](https://docs.aws.amazon.com/)")).toBe('<p><a href="https://docs.aws.amazon.com/">docs</a></p>');
  });
});

describe("renderInlineMarkdown", () => {
  it("drops the wrapping paragraph for one-line text such as an option", () => {
    expect(renderInlineMarkdown("Use **DAX**")).toBe("Use <strong>DAX</strong>");
  });
});

describe("renderMarkdown's CommonMark path", () => {
  it("renders every bundled side, and the hostile corpus, exactly as GitHub-flavoured Markdown does", async () => {
    const { join } = await import("node:path");
    const { parseContent } = await import("@/app/_lib/content/parse-content");
    const { readContentDir } = await import("@/app/_lib/content/read-content-dir");
    const { HOSTILE_MARKUP } = await import("@/tests/fixtures/hostile-markup");
    const { catalogFile, files } = readContentDir(join(process.cwd(), "content"));
    const content = parseContent(catalogFile, files);
    const sides = [
      ...content.cards.flatMap((card) => [card.front, card.back]),
      ...content.questions.flatMap((question) => [question.stem, ...question.options.flatMap((option) => [option.text, option.explanation])]),
      ...HOSTILE_MARKUP,
      "a ~~struck~~ word",
      "- [x] done\n- [ ] not",
      "see www.example.com or ana@example.org",
      "text[^1]\n\n[^1]: note",
      "*emphasis* and **strong**, `code`, [link](/x) and ![img](/api/decks/x/media/a.png)\\\nline",
    ];
    for (const side of sides) expect(renderMarkdown(side), side).toBe(renderWithGfm(side));
  });
});
