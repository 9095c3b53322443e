import { describe, expect, it } from "vitest";
import { heatmapSvg } from "@/app/progress/heatmap-svg";
import { heatmap } from "@/app/_lib/stats/heatmap";

describe("heatmapSvg", () => {
  const map = heatmap(
    new Map([
      ["2026-11-24", 1],
      ["2026-11-25", 12],
    ]),
    "2026-11-25",
  );
  const svg = heatmapSvg(map);

  it("draws one square per day, each with its own tooltip, levelled for the colour scale", () => {
    const days = map.columns.flat().length;
    expect(svg.match(/<rect /g)).toHaveLength(days);
    expect(svg.match(/<title>/g)).toHaveLength(days);
    expect(svg).toContain('class="heat l1"><title>2026-11-24: 1 review</title>');
    expect(svg).toContain('class="heat l4"><title>2026-11-25: 12 reviews</title>');
  });

  it("is an image with a summary for screen readers, sized by the number of weeks", () => {
    expect(svg).toMatch(/^<svg class="heatmap" viewBox="0 0 \d+ 95" role="img" aria-label="Reviews per day over the past year: 13 reviews on 2 days\./);
    expect(svg.endsWith("</rect></svg>")).toBe(true);
  });
});
