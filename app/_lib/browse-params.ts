import { z } from "zod";

/** Query-string filters for the browse pages. Bad values are dropped rather than erroring: it's a URL bar. */
export const browseParamsSchema = z.object({
  view: z.enum(["cards", "questions"]).catch("cards"),
  tag: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/)
    .optional()
    .catch(undefined),
  q: z
    .string()
    .trim()
    .max(100)
    .transform((q) => q || undefined)
    .optional()
    .catch(undefined),
});
export type BrowseParams = z.infer<typeof browseParamsSchema>;

export function parseBrowseParams(searchParams: Record<string, string | string[] | undefined>): BrowseParams {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  return browseParamsSchema.parse({ view: first(searchParams.view), tag: first(searchParams.tag), q: first(searchParams.q) });
}

/** A browse URL with the given filters, leaving out empty ones and the default view. */
export function browseHref(path: string, params: Partial<BrowseParams>): string {
  const query = new URLSearchParams();
  if (params.view && params.view !== "cards") query.set("view", params.view);
  if (params.tag) query.set("tag", params.tag);
  if (params.q) query.set("q", params.q);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
