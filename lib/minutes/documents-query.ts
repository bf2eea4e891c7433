// Query parameters of the document endpoints (language, summary format), shared by routes and OpenAPI.
import { z } from "zod";

export const ZDocumentQuery = z.object({
  lang: z.enum(["en", "id"], "Choose en (English) or id (Bahasa Indonesia)").default("en"),
});
export const ZSummaryQuery = ZDocumentQuery.extend({
  format: z
    .enum(["md", "html", "json"], "Choose md, html or json")
    .default("md")
    .describe("json adds, for each sentence, the recorded fields it was built from"),
});
export type TDocumentQuery = z.infer<typeof ZDocumentQuery>;
export type TSummaryQuery = z.infer<typeof ZSummaryQuery>;
