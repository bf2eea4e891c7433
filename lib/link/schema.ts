// Zod schemas of password-less links as the API shows them to the secretariat (never the token:
// it is only ever in the e-mail to the person the link is for).
import { z } from "zod";

export const LINK_PURPOSES = [
  "RSVP",
  "MINUTES_REVIEW",
  "ACTION_UPDATE",
  "DIGEST_UNSUBSCRIBE",
  "CALENDAR_FEED",
] as const;

export const ZLink = z.object({
  id: z.string().describe("The first part of the link's token (before the dot)"),
  purpose: z.enum(LINK_PURPOSES),
  personId: z.string().describe("The one person the link was sent to"),
  subjectId: z.string().describe("What the link acts on: for RSVP, the invitation"),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
  useCount: z.number().int().describe("Page views and answers; each is also in the audit trail"),
});
export type TLink = z.infer<typeof ZLink>;

export const ZLinkList = z.object({ data: z.array(ZLink) });
