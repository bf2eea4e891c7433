// Query parameters of the document endpoints (language, summary format), shared by routes and OpenAPI.
import { z } from "zod";

export const ZDocumentQuery = z.object({
  lang: z.enum(["en", "id"], "outputs.errors.language").default("en"),
});
export const ZSummaryQuery = ZDocumentQuery.extend({
  format: z
    .enum(["md", "html", "json"], "outputs.errors.format")
    .default("md")
    .describe("json adds, for each sentence, the recorded fields it was built from"),
});
export type TDocumentQuery = z.infer<typeof ZDocumentQuery>;
export type TSummaryQuery = z.infer<typeof ZSummaryQuery>;
