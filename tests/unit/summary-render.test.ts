// The published summary shows recorded text as text in every format: nothing a secretariat member
// typed into a remark can become markup, a script or Markdown formatting.
import { describe, expect, it } from "vitest";
import { composeSummary } from "@/lib/summary/compose";
import { summaryToHtml, summaryToMarkdown, summaryToPlainText } from "@/lib/summary/render";
import type { TSummary } from "@/lib/summary/types";
import { buildMeetingRecord } from "@/tests/fixtures/meeting-record";

/** Read after the fixture's meeting (10 December 2026), so it is reported as held. */
const AFTER = { now: new Date("2027-01-15T00:00:00Z") };

const HOSTILE = `<script>alert("x")</script> & 'quoted' *bold* _under_ [link](http://x) \`code\` a|b ~~gone~~ &amp;`;

function hostileSummary(): TSummary {
  const record = buildMeetingRecord();
  record.remarks[0].summary = HOSTILE;
  record.programme.shortTitle = "<b>JP</b>";
  return composeSummary(record, "en", AFTER);
}

const summaryOf = (...paragraphs: string[]): TSummary => ({
  locale: "en",
  title: "# Not a heading",
  paragraphs: paragraphs.map((text) => ({
    kind: "remarks",
    sentences: [{ text, fields: ["remarks[0].summary"] }],
  })),
});

describe("summaryToHtml", () => {
  it("escapes recorded text completely", () => {
    const html = summaryToHtml(hostileSummary());
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
    expect(html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39; *bold* _under_ [link](http://x) `code` a|b ~~gone~~ &amp;amp;",
    );
    expect(html).toContain(
      "<h2>Third Programme Steering Committee meeting of the &lt;b&gt;JP&lt;/b&gt;</h2>",
    );
  });

  it("has one heading and one paragraph per summary paragraph", () => {
    const summary = composeSummary(buildMeetingRecord(), "id", AFTER);
    const html = summaryToHtml(summary);
    expect(html.match(/<h2>/g)).toHaveLength(1);
    expect(html.match(/<p>/g)).toHaveLength(summary.paragraphs.length);
    expect(html.match(/<\/p>/g)).toHaveLength(summary.paragraphs.length);
    expect(html).toContain("Kamis, 10 Desember 2026");
  });
});

describe("summaryToMarkdown", () => {
  it("escapes Markdown and HTML in recorded text", () => {
    const markdown = summaryToMarkdown(hostileSummary());
    expect(markdown).toContain(
      "\\<script\\>alert(\"x\")\\</script\\> & 'quoted' \\*bold\\* \\_under\\_ \\[link\\](http://x) \\`code\\` a\\|b \\~\\~gone\\~\\~ \\&amp;",
    );
    expect(markdown).toMatch(/^## Third Programme Steering Committee meeting of the \\<b\\>JP\\<\/b\\>\n\n/);
  });

  it("escapes block markers at the start of a paragraph only", () => {
    const markdown = summaryToMarkdown(
      summaryOf("- not a list - really", "1. not a list 2. either", "+ plus"),
    );
    expect(markdown).toBe(
      "## \\# Not a heading\n\n\\- not a list - really\n\n1\\. not a list 2. either\n\n\\+ plus\n",
    );
  });

  it("reads back as the plain text once the escapes are removed", () => {
    const summary = hostileSummary();
    const unescaped = summaryToMarkdown(summary)
      .replace(/^## /, "")
      .replace(/\\([\\`*_[\]<>|~&#+=.)-])/g, "$1");
    expect(unescaped).toBe(summaryToPlainText(summary));
  });
});

describe("summaryToPlainText", () => {
  it("keeps recorded text as typed, paragraphs separated by a blank line", () => {
    const summary = hostileSummary();
    const text = summaryToPlainText(summary);
    expect(text).toContain(HOSTILE);
    expect(text.split("\n\n")).toHaveLength(summary.paragraphs.length + 1);
  });
});
