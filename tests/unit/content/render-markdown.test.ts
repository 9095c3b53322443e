import { describe, expect, it } from "vitest";
import { renderInlineMarkdown, renderMarkdown } from "@/app/_lib/content/render-markdown";

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
