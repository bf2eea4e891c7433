// Zod schemas for invitations and RSVP answers, shared by the API route, the invite panel, the
// RSVP form and the OpenAPI document. Their own messages are keys of invitation.json.
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";

const ZId = z.string().trim().min(1).max(64);
const ZIds = z.array(ZId).max(500).default([]);

const inviteFields = { personIds: ZIds, organisationIds: ZIds };
const hasSomeone = (v: { personIds: string[]; organisationIds: string[] }) =>
  v.personIds.length + v.organisationIds.length > 0;
const NOTHING_CHOSEN = { message: "invitation.errors.nothingChosen" };

export const ZInviteToMeeting = z.object(inviteFields).refine(hasSomeone, NOTHING_CHOSEN);
export type TInviteToMeeting = z.input<typeof ZInviteToMeeting>;

/** The invite panel's "Send invitations": the meeting and whom to invite. */
export const ZInviteAction = z.object({ meetingId: ZId, ...inviteFields }).refine(hasSomeone, NOTHING_CHOSEN);

export const ZInviteFailure = z.object({ personId: z.string(), email: z.string() });

export const ZInviteResult = z.object({
  /** Invitations created by this call. */
  invited: z.number().int(),
  /** People who were already invited; left as they were. */
  skipped: z.number().int(),
  /** Invitation e-mails accepted by the mail server. */
  mailed: z.number().int(),
  /** Recipients whose e-mail could not be sent; their invitation stands. */
  failed: z.array(ZInviteFailure),
});
export type TInviteResult = z.infer<typeof ZInviteResult>;

/** The colleague sent instead: found in the directory by e-mail, or added to it. */
const newDelegateFields = {
  name: z
    .string("invitation.errors.delegateNameRequired")
    .trim()
    .min(2, "invitation.errors.delegateNameRequired")
    .max(200),
  email: z
    .string("invitation.errors.delegateEmailInvalid")
    .trim()
    .toLowerCase()
    .pipe(z.email("invitation.errors.delegateEmailInvalid").max(254)),
  position: z.string().trim().max(200).optional(),
};

/** Named by e-mail only: a link may not pick people from the directory by id. */
export const ZDelegate = z.object(newDelegateFields);
export type TDelegate = z.infer<typeof ZDelegate>;

const RESPONSE = { error: "invitation.errors.responseRequired" };

export const ZRsvpResponse = z.discriminatedUnion(
  "response",
  [
    z.object({ response: z.literal("ACCEPTED") }),
    z.object({ response: z.literal("DECLINED") }),
    z.object({ response: z.literal("DELEGATED"), delegate: ZDelegate }),
  ],
  RESPONSE,
);
export type TRsvpResponse = z.input<typeof ZRsvpResponse>;

/**
 * The RSVP form as posted: the signed token (the credential), the page's language (a new
 * colleague reads theirs in it), the answer, and the colleague's fields at the top level, so each
 * message shows under its own field.
 */
const rsvpFormFields = {
  token: z.string().max(500),
  locale: z.enum(LOCALES).optional(),
};
export const ZRsvpForm = z.discriminatedUnion(
  "response",
  [
    z.object({ ...rsvpFormFields, response: z.literal("ACCEPTED") }),
    z.object({ ...rsvpFormFields, response: z.literal("DECLINED") }),
    z.object({ ...rsvpFormFields, response: z.literal("DELEGATED"), ...newDelegateFields }),
  ],
  RESPONSE,
);
export type TRsvpForm = z.input<typeof ZRsvpForm>;

/**
 * A signed-in member's answer to their own invitation from the app (their home): attend or not.
 * Sending a colleague instead stays with the personal link, which asks for the colleague's details.
 */
export const ZOwnRsvp = z.object({
  invitationId: ZId,
  response: z.enum(["ACCEPTED", "DECLINED"], RESPONSE),
});
export type TOwnRsvp = z.input<typeof ZOwnRsvp>;
