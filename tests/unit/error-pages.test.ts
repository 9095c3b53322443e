import { createElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import ErrorPage from "@/app/error";
import GlobalError from "@/app/global-error";

const serverError = () => Object.assign(new Error("SQLITE_BUSY: database is locked at /srv/app/data/app.db"), { digest: "2841932155" });

/** The first <button> in what a component renders, expanding function components (the notice uses no hooks). */
function findButton(node: ReactNode): ReactElement<{ onClick: () => void; children: ReactNode }> | undefined {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findButton(child as ReactNode);
      if (found) return found;
    }
    return undefined;
  }
  if (!isValidElement<{ children?: ReactNode }>(node)) return undefined;
  if (node.type === "button") return node as ReactElement<{ onClick: () => void; children: ReactNode }>;
  if (typeof node.type === "function") return findButton((node.type as (props: unknown) => ReactNode)(node.props));
  return findButton(node.props.children);
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;|&apos;/g, "'").replace(/\s+/g, " ");

describe.each([
  ["app/error.tsx", ErrorPage],
  ["app/global-error.tsx", GlobalError],
])("%s", (_name, Page) => {
  it("tells the person what happened, that their saved work is safe, and what to do", () => {
    const html = renderToStaticMarkup(createElement(Page, { error: serverError(), retry: () => {} }));
    const shown = text(html);
    expect(shown).toMatch(/This page couldn't load/);
    expect(shown).toMatch(/database is busy/);
    expect(shown).toMatch(/Nothing you had saved is lost/);
    expect(shown).toMatch(/Try again in a moment/);
    expect(html).toMatch(/<button class="button" type="button">Try again<\/button>/);
    expect(html).toMatch(/<a class="button secondary" href="\/">Back to the topics<\/a>/);
    // The app's own look: the same page and panel classes as every other page.
    expect(html).toMatch(/class="page narrow"/);
    expect(html).toMatch(/class="panel"/);
  });

  it("gives the reference to the server's log, and never the error's own text", () => {
    const shown = text(renderToStaticMarkup(createElement(Page, { error: serverError(), retry: () => {} })));
    expect(shown).toMatch(/give them this reference: 2841932155/);
    expect(shown).not.toMatch(/SQLITE_BUSY|app\.db/);
    // A value thrown in the browser need not be an Error: no reference then, and no crash.
    const plain = text(renderToStaticMarkup(createElement(Page, { error: "boom", retry: () => {} })));
    expect(plain).toMatch(/Try again/);
    expect(plain).not.toMatch(/reference|boom/);
  });

  it("tries the page again when the button is pressed", () => {
    const retry = vi.fn();
    const button = findButton(Page({ error: serverError(), retry }));
    expect(button?.props.children).toBe("Try again");
    button!.props.onClick();
    expect(retry).toHaveBeenCalledTimes(1);
  });
});

it("global-error brings its own document, since it replaces the root layout", () => {
  const html = renderToStaticMarkup(createElement(GlobalError, { error: serverError(), retry: () => {} }));
  expect(html).toMatch(/^<html lang="en"><head>.*<title>Something went wrong · DVA Study<\/title>.*<\/head><body>/);
  expect(html).toMatch(/<main id="main">.*<\/main><\/body><\/html>$/);
});

it("error.tsx renders inside the app's layout, so it has no document of its own", () => {
  const html = renderToStaticMarkup(createElement(ErrorPage, { error: serverError(), retry: () => {} }));
  expect(html).not.toMatch(/<html|<body/);
});
