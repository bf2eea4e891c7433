// Zod schemas of an action item's progress updates and its page, shared by the page's form (checked
// in the browser), the server action, the API and openapi.json. Safe for the browser.
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { ZVersion } from "@/lib/record/fields";
import { formTexts } from "@/lib/schema/fields";
import { ACTION_STATUSES, type TActionStatus } from "./schema";

const MAX_URL = 2000;

/** Only what the secretariat or a coordinator may set: a verified "done". */
export const VERIFY_STATUSES: readonly TActionStatus[] = ["DONE"];

/** An evidence link: a web address (http or https), never a script or a file; blank means none. */
const ZEvidenceUrl = z
  .string()
  .trim()
  .max(MAX_URL)
  .transform((value, ctx) => {
    if (value === "") return null;
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      url = null;
    }
    const isWeb = url !== null && (url.protocol === "https:" || url.protocol === "http:");
    if (!url || !isWeb || url.hostname === "" || url.username || url.password || /\s/.test(value)) {
      ctx.addIssue({ code: "custom", message: "actionItemPage.errors.evidenceUrl", continue: true });
      return z.NEVER;
    }
    return url.href;
  })
  .nullish();

/** What the update's text means depends on the status it sets: what was done, or why it is dropped. */
const BODY_REQUIRED: Partial<Record<TActionStatus, string>> = {
  REPORTED_DONE: "actionItemPage.errors.whatWasDoneRequired",
  DROPPED: "actionItemPage.errors.reasonRequired",
};

const updateFields = {
  body: z.string().trim().max(5000).default(""),
  statusAfter: z
    .enum(ACTION_STATUSES, "actionItemPage.errors.status")
    .or(z.literal("").transform(() => undefined))
    .optional(),
  evidenceUrl: ZEvidenceUrl,
  version: z
    .union([ZVersion, z.literal("").transform(() => undefined)])
    .optional()
    .describe("The version of the action item the author saw: a newer one answers 409"),
};

function bodyRequired(input: { body: string; statusAfter?: TActionStatus }, ctx: z.RefinementCtx) {
  if (input.body !== "") return;
  const message =
    (input.statusAfter && BODY_REQUIRED[input.statusAfter]) ?? "actionItemPage.errors.bodyRequired";
  ctx.addIssue({ code: "custom", path: ["body"], message });
}

export const ZActionUpdate = z
  .object({
    ...updateFields,
    meetingId: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .optional()
      .describe(
        "Recorded at this later meeting of the programme (carry-over, record:manage): dated the meeting's day and printed in its minutes",
      ),
  })
  .superRefine(bodyRequired);
export type TActionUpdateInput = z.input<typeof ZActionUpdate>;
export type TActionUpdate = z.output<typeof ZActionUpdate>;

/** The page's form: the update and the action item it is for. */
export const ZActionUpdateForm = z
  .object({ ...updateFields, actionItemId: z.string().trim().min(1).max(64) })
  .superRefine(bodyRequired);
export const actionUpdateFormValues = (form: FormData) =>
  formTexts(form, ["actionItemId", "body", "statusAfter", "evidenceUrl", "version"]);

/** The form of the personal link's page (/act/<token>): the token is the credential. */
export const ZActionLinkForm = z
  .object({
    ...updateFields,
    token: z.string().trim().min(1).max(200),
    locale: z.enum(LOCALES).optional(),
  })
  .superRefine(bodyRequired);
export const actionLinkFormValues = (form: FormData) =>
  formTexts(form, ["token", "locale", "body", "statusAfter", "evidenceUrl", "version"]);

const ZStatus = z.enum(ACTION_STATUSES);

export const ZActionUpdateOut = z.object({
  id: z.string(),
  date: z.string().describe("YYYY-MM-DD, in the meeting's time zone"),
  body: z.string(),
  statusBefore: ZStatus.nullable(),
  statusAfter: ZStatus.nullable(),
  evidenceUrl: z.string().nullable(),
  authorName: z.string().nullable().describe("The user who posted it, or the person of a personal link"),
  at: z.string().describe("ISO instant it was posted"),
});
export type TActionUpdateOut = z.infer<typeof ZActionUpdateOut>;

export const ZActionUpdateList = z.object({ data: z.array(ZActionUpdateOut) });

/** A posted update and the action item's status and version after it. */
export const ZActionUpdatePosted = z.object({
  update: ZActionUpdateOut,
  status: ZStatus,
  version: z.number().int(),
});
export type TActionUpdatePosted = z.infer<typeof ZActionUpdatePosted>;

export const ZActionItemPage = z.object({
  id: z.string(),
  reference: z.string().describe('"PSC3/A/04": meeting kind and number, running number in the meeting'),
  title: z.string(),
  description: z.string().nullable(),
  status: ZStatus,
  version: z.number().int(),
  dueDate: z.string().nullable().describe("YYYY-MM-DD"),
  isOverdue: z.boolean(),
  closedAt: z.string().nullable(),
  meeting: z.object({
    id: z.string(),
    kind: z.enum(["PSC", "TECHNICAL_COMMITTEE", "AD_HOC"]),
    sequenceNumber: z.number().int(),
    title: z.string(),
    startsAt: z.string(),
    timeZone: z.string(),
  }),
  agendaItem: z.object({ id: z.string(), order: z.number().int(), title: z.string() }).nullable(),
  raisedBy: z
    .object({
      kind: z.enum(["remark", "decision"]),
      id: z.string(),
      text: z.string(),
      number: z.number().int(),
    })
    .nullable()
    .describe("The remark or decision that raised it"),
  ownerOrganisation: z
    .object({ id: z.string(), name: z.string(), acronym: z.string().nullable() })
    .nullable(),
  ownerPerson: z.object({ id: z.string(), name: z.string() }).nullable(),
  updates: z.array(ZActionUpdateOut).describe("Newest first"),
  canUpdate: z.boolean(),
  canVerify: z.boolean(),
  allowedStatuses: z.array(ZStatus).describe("The statuses this user may set"),
});
export type TActionItemPage = z.infer<typeof ZActionItemPage>;
