// Zod schemas for decisions (numbered per meeting by the server), shared by screen, API and OpenAPI.
import { z } from "zod";
import { ZClientId, ZVersion } from "@/lib/record/fields";
import { zOptionalId, zOptionalText } from "@/lib/schema/fields";

const ZText = z
  .string({ error: "capture.errors.decisionRequired" })
  .trim()
  .min(1, "capture.errors.decisionRequired")
  .max(5000);

const ZTextTranslation = zOptionalText(5000).describe(
  "The same text in the other language than the programme's record language (docs/bilingual-record.md)",
);

export const ZCreateDecision = z.object({
  id: ZClientId,
  agendaItemId: zOptionalId(),
  text: ZText,
  textTranslation: ZTextTranslation,
});
export type TCreateDecision = z.input<typeof ZCreateDecision>;

export const ZUpdateDecision = z
  .object({
    version: ZVersion,
    agendaItemId: zOptionalId(),
    text: ZText.optional(),
    textTranslation: ZTextTranslation,
  })
  .strict();
export type TUpdateDecision = z.input<typeof ZUpdateDecision>;

export const ZDecision = z.object({
  id: z.string(),
  meetingId: z.string(),
  agendaItemId: z.string().nullable(),
  number: z.number().int().describe("Decision 1, 2, … of the meeting; numbers close up when one is deleted"),
  text: z.string(),
  textTranslation: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string().datetime({ offset: true }),
});
export type TDecision = z.infer<typeof ZDecision>;
