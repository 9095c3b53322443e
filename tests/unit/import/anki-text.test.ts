import { describe, expect, it } from "vitest";
import { parseAnkiText, readTextHeader } from "@/app/_lib/import/anki-text";
import { refusal } from "./refusal";
import { IMPORT_LIMITS } from "@/app/_lib/import/limits";
import { renderMarkdown } from "@/app/_lib/content/render-markdown";
import { htmlField, textField } from "@/app/_lib/import/html-to-markdown";
import { EXECUTABLE, HOSTILE_MARKUP } from "../../fixtures/hostile-markup";

describe("readTextHeader", () => {
  it("reads Anki's header lines, whatever their order, and stops at the first record", () => {
    const header = readTextHeader(["#columns:Front;Back;Tags", "#separator:Semicolon", "#html:false", "#tags:aws  dva", "#deck:AWS::Lambda", "#tags column:3", "Q;A;t"]);
    expect(header).toMatchObject({ separator: ";", html: false, tags: ["aws", "dva"], columns: ["Front", "Back", "Tags"], deck: "AWS::Lambda", tagsColumn: 3, lines: 6 });
  });

  it("takes a separator given as the character itself, and the old first-line tags:", () => {
    expect(readTextHeader(["tags:one two", "#separator:|", "a|b"])).toMatchObject({ separator: "|", tags: ["one", "two"], lines: 2 });
  });
});

describe("parseAnkiText", () => {
  it("reads Anki's own export: guid, note type, deck and tags columns, HTML fields, quoted fields across lines", () => {
    const file = [
      "#separator:tab",
      "#html:true",
      "#guid column:1",
      "#notetype column:2",
      "#deck column:3",
      "#tags column:6",
      'g1\tBasic\tAWS::Lambda\tWhat is the <b>maximum</b> timeout?\t"15 minutes<br>(900 seconds)"\tlambda limits',
      'g2\tBasic (and reversed card)\tAWS::Lambda\t"Two\nlines"\tBack\t',
      "g3\tCloze\tAWS::Lambda\t{{c1::Provisioned}} concurrency\t\tlambda",
    ].join("\n");
    const deck = parseAnkiText(file);
    expect(deck.title).toBe("AWS / Lambda");
    expect(deck.cards).toEqual([
      {
        front: "What is the **maximum** timeout?",
        back: "15 minutes\\\n(900 seconds)",
        frontHtml: "<p>What is the <strong>maximum</strong> timeout?</p>",
        backHtml: "<p>15 minutes<br>\n(900 seconds)</p>",
        tags: ["lambda", "limits"],
        origin: "line 7",
        sourceId: "g1",
      },
      // An HTML field's line break is white space, as a browser shows it; the note starts on line 8.
      { front: "Two lines", back: "Back", frontHtml: "<p>Two lines</p>", backHtml: "<p>Back</p>", tags: [], origin: "line 8", sourceId: "g2" },
    ]);
    expect(deck.skipped).toEqual([{ reason: 'note type "Cloze" (only Basic notes become cards)', count: 1, first: "line 10" }]);
  });

  it("reads a CSV written by hand: the separator guessed, \"\" for a quote, a third column as tags, # lines as comments", () => {
    const file = ['# AWS flashcards', '"What does ""SQS"" stand for?",Simple Queue Service,sqs messaging', '# a comment between notes', '"Visibility timeout, default?",30 seconds,sqs', 'A 6" sub?,a sandwich,'].join("\r\n");
    const deck = parseAnkiText(file);
    expect(deck.cards.map(({ front, back, tags, origin }) => ({ front, back, tags, origin }))).toEqual([
      { front: 'What does "SQS" stand for?', back: "Simple Queue Service", tags: ["sqs", "messaging"], origin: "line 2" },
      { front: "Visibility timeout, default?", back: "30 seconds", tags: ["sqs"], origin: "line 4" },
      { front: 'A 6" sub?', back: "a sandwich", tags: [], origin: "line 5" },
    ]);
    expect(deck.title).toBeNull();
  });

  it("keeps plain text as text: Markdown characters are escaped, not turned into markup", () => {
    const deck = parseAnkiText("#separator:tab\n#html:false\n2 * 3 = *six*\t<b>not bold</b>\n");
    expect(renderMarkdown(deck.cards[0]!.front)).toBe("<p>2 * 3 = *six*</p>");
    expect(renderMarkdown(deck.cards[0]!.back)).toBe("<p>&#x3C;b>not bold&#x3C;/b></p>");
  });

  it("keeps a plain-text field's line breaks and paragraphs", () => {
    const deck = parseAnkiText('#separator:tab\n#html:false\n"line one\nline two\n\nnew paragraph"\tback\n');
    expect(renderMarkdown(deck.cards[0]!.front)).toBe("<p>line one<br>\nline two</p>\n<p>new paragraph</p>");
  });

  it("reads an HTML field without tags as text: white space collapsed, Markdown characters kept literal", () => {
    const deck = parseAnkiText('#separator:tab\n#html:true\n"2 * 3\n  is *six*"\t<b>bold</b> [not a link](x)\n');
    expect(renderMarkdown(deck.cards[0]!.front)).toBe("<p>2 * 3 is *six*</p>");
    expect(renderMarkdown(deck.cards[0]!.back)).toBe("<p><strong>bold</strong> [not a link](x)</p>");
  });

  it("maps Front and Back by the column names when #columns gives them", () => {
    const deck = parseAnkiText("#separator:comma\n#columns:Back,Front\nthe answer,the question\n");
    expect(deck.cards[0]).toMatchObject({ front: "the question", back: "the answer" });
  });

  it("reads a spreadsheet's first row naming Front, Back and Tags as the columns, not as a note", () => {
    const deck = parseAnkiText('Tags,Back,Front\nlambda,15 minutes,"Max Lambda\ntimeout?"\n');
    expect(deck.cards).toEqual([
      { front: "Max Lambda\\\ntimeout?", back: "15 minutes", frontHtml: "<p>Max Lambda<br>\ntimeout?</p>", backHtml: "<p>15 minutes</p>", tags: ["lambda"], origin: "line 2", sourceId: null },
    ]);
  });

  it("skips notes with an empty front and counts them", () => {
    const deck = parseAnkiText("#separator:tab\nQ1\tA1\n\tA2\n \tA3\n");
    expect(deck.cards).toHaveLength(1);
    expect(deck.skipped).toEqual([{ reason: "an empty front", count: 2, first: "line 3" }]);
  });

  it("refuses, naming the line: an unclosed quote, a repeated note id, a single column, binary data, too many notes", () => {
    expect(refusal(() => parseAnkiText('#separator:comma\nQ1,A1\nQ2,"never closed\nQ3,A3\n')).message).toBe(
      "Line 3: a quoted field is never closed (a field that starts with a double quote must end with one)",
    );
    expect(refusal(() => parseAnkiText("#separator:tab\n#guid column:1\nx\tQ1\tA1\ny\tQ2\tA2\nx\tQ3\tA3\n")).message).toBe(
      'Line 5: the note id "x" is used twice (first on line 3): each note needs its own',
    );
    expect(refusal(() => parseAnkiText("#separator:tab\njust one column\n")).message).toBe("Line 2: each note needs two fields, a front and a back: this file has only one column");
    expect(refusal(() => parseAnkiText("SQLite format 3\u0000\u0001")).message).toMatch(/not a text file/);
    expect(refusal(() => parseAnkiText("a\tb\nc\td\ne\tf\n", { ...IMPORT_LIMITS, notes: 2 })).message).toBe("the file has 3 notes; at most 2 can be imported at once");
    expect(refusal(() => parseAnkiText("#separator:tab\n")).message).toBe("the file has no notes");
  });

  it("renders each field as the app's renderer renders its Markdown, from the tree the Markdown was written from", () => {
    const fields = [...HOSTILE_MARKUP, "a &amp; b &lt; c * d _ e", "<ul><li>one</li><li>two <code>x</code></li></ul><div>div</div>", "<table><tr><th>a</th></tr><tr><td>1</td></tr></table>", "<s>old</s> ~x~ | y"];
    for (const field of fields) {
      const converted = htmlField(field);
      expect(converted.html, field).toBe(renderMarkdown(converted.markdown));
    }
    for (const text of ["plain *text* with _marks_", "two\nlines\n\nand a paragraph"]) expect(textField(text).html).toBe(renderMarkdown(textField(text).markdown));
  });

  it("sanitizes hostile HTML fields: nothing that runs script survives into the rendered card", () => {
    const file = ["#separator:tab", "#html:true", ...HOSTILE_MARKUP.map((markup) => `"${markup.replaceAll('"', '""')}"\t"${markup.replaceAll('"', '""')}"`)].join("\n");
    const deck = parseAnkiText(file);
    const rendered = deck.cards.map((card) => renderMarkdown(card.front) + renderMarkdown(card.back)).join("\n");
    expect(rendered).not.toMatch(EXECUTABLE);
  });
});
