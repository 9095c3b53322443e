import type { ProgressReport } from "@/app/_lib/dal/progress";
import { heatmapSvg } from "./heatmap-svg";

/**
 * The year heatmap, server-rendered; the monthly table beside it carries the numbers. Its ~370 squares with
 * their tooltips are one string of our own markup (see heatmapSvg) rather than ~740 React elements: as
 * elements they were ~40% of the /progress page's server time.
 */
export function HeatmapChart({ heatmap }: { heatmap: ProgressReport["heatmap"] }) {
  return <div className="chart-scroll" dangerouslySetInnerHTML={{ __html: heatmapSvg(heatmap) }} />;
}
