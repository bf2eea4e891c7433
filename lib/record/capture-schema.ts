// What the capture screen loads (GET /api/v1/meetings/{id}/capture) and polls: the meeting's
// agenda, who can speak or own an action, and the record so far with versions. Safe for the browser.
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { ZActionItem } from "@/lib/action-item/schema";
import { ZDecision } from "@/lib/decision/schema";
import { ZRemark } from "@/lib/remark/schema";

const ZOrganisationRef = z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable() });

export const ZCaptureState = z.object({
  meeting: z.object({
    id: z.string(),
    title: z.string(),
    label: z.string().describe("The meeting's name in the reader's language (\"3rd PSC\")"),
    status: z.string(),
    timeZone: z.string(),
    startsAt: z.string(),
    isRecordOpen: z.boolean().describe("False once the meeting is cancelled or its minutes adopted"),
    canEdit: z.boolean().describe("The user may change the record (record:manage in the programme)"),
    recordLanguage: z
      .enum(LOCALES)
      .describe(
        "The programme's record language: texts are in it, their *Translation fields in the other one",
      ),
  }),
  agenda: z.array(z.object({ id: z.string(), order: z.number(), title: z.string(), kind: z.string() })),
  people: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        position: z.string().nullable(),
        organisation: ZOrganisationRef.nullable(),
        attendance: z.enum(["PRESENT", "ABSENT", "EXCUSED"]).nullable(),
      }),
    )
    .describe("Persons on the attendance register: the speakers and action owners to pick from"),
  organisations: z
    .array(ZOrganisationRef)
    .describe("Organisations that can own an action: the register's and the programme's partners"),
  remarks: z.array(ZRemark),
  decisions: z.array(ZDecision),
  actionItems: z.array(ZActionItem),
});

export type TCaptureState = z.infer<typeof ZCaptureState>;
