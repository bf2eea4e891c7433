// Zod schemas for remarks, shared by the capture screen, the services, the API and OpenAPI.
import { z } from "zod";
import { ZClientId, ZPersonRef, ZVersion } from "@/lib/record/fields";
import { zOptionalId, zOptionalText } from "@/lib/schema/fields";

export const REMARK_KINDS = ["OPENING", "STATEMENT", "RESPONSE", "CLOSING"] as const;
export type TRemarkKind = (typeof REMARK_KINDS)[number];

const ZSummary = z
  .string({ error: "capture.errors.summaryRequired" })
  .trim()
  .min(1, "capture.errors.summaryRequired")
  .max(5000);
const ZSpeaker = z
  .string({ error: "capture.errors.speakerRequired" })
  .trim()
  .min(1, "capture.errors.speakerRequired");
const ZKind = z.enum(REMARK_KINDS, "capture.errors.remarkKind");

export const ZCreateRemark = z.object({
  id: ZClientId,
  agendaItemId: zOptionalId(),
  speakerPersonId: ZSpeaker,
  kind: ZKind.default("STATEMENT"),
  summary: ZSummary,
  summaryTranslation: zOptionalText(5000).describe(
    "The same text in the other language than the programme's record language (docs/bilingual-record.md)",
  ),
  quote: zOptionalText(2000),
  quoteTranslation: zOptionalText(2000),
});
export type TCreateRemark = z.input<typeof ZCreateRemark>;

/** Only the fields sent change; `version` is the one the editor last saw. */
export const ZUpdateRemark = z
  .object({
    version: ZVersion,
    agendaItemId: zOptionalId(),
    speakerPersonId: ZSpeaker.optional(),
    kind: ZKind.optional(),
    summary: ZSummary.optional(),
    summaryTranslation: zOptionalText(5000),
    quote: zOptionalText(2000),
    quoteTranslation: zOptionalText(2000),
  })
  .strict();
export type TUpdateRemark = z.input<typeof ZUpdateRemark>;

export const ZRemark = z.object({
  id: z.string(),
  meetingId: z.string(),
  agendaItemId: z.string().nullable(),
  order: z.number().int(),
  kind: z.enum(REMARK_KINDS),
  speaker: ZPersonRef,
  summary: z.string(),
  summaryTranslation: z.string().nullable(),
  quote: z.string().nullable(),
  quoteTranslation: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string().datetime({ offset: true }),
});
export type TRemark = z.infer<typeof ZRemark>;
