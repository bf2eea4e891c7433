// Zod schemas for invitations and RSVP answers, shared by the API route, the RSVP form and the
// OpenAPI document.
import { z } from "zod";

const ZIds = z.array(z.string().trim().min(1).max(64)).max(500).default([]);

export const ZInviteToMeeting = z
  .object({ personIds: ZIds, organisationIds: ZIds })
  .refine((v) => v.personIds.length + v.organisationIds.length > 0, {
    message: "Choose at least one person or organisation to invite",
  });
export type TInviteToMeeting = z.input<typeof ZInviteToMeeting>;

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

export const ZDelegate = z.union([
  z.object({ personId: z.string().trim().min(1).max(64) }),
  z.object({
    name: z.string().trim().min(2).max(200),
    email: z
      .email()
      .max(254)
      .transform((e) => e.toLowerCase()),
    position: z.string().trim().max(200).optional(),
  }),
]);
export type TDelegate = z.infer<typeof ZDelegate>;

export const ZRsvpResponse = z.discriminatedUnion("response", [
  z.object({ response: z.literal("ACCEPTED") }),
  z.object({ response: z.literal("DECLINED") }),
  z.object({ response: z.literal("DELEGATED"), delegate: ZDelegate }),
]);
export type TRsvpResponse = z.input<typeof ZRsvpResponse>;
