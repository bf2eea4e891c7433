// Zod schemas of the adoption of minutes and of the public verification of a fingerprint or file,
// shared by the service, the API routes, the /verify page and openapi.json.
import { z } from "zod";

export const ADOPTION_METHODS = ["AT_MEETING", "NO_OBJECTION", "CO_CHAIRS"] as const;
export type TAdoptionMethod = (typeof ADOPTION_METHODS)[number];

/** A version number or a row version as a client sends it: at most what the int4 column holds. */
const zPositiveInt = z.coerce.number().int().positive().max(2_147_483_647);

/**
 * Adopt one version of a meeting's minutes. `number` must be the latest version (a newer one cut
 * meanwhile is a 409, so the committee never adopts a version it did not see); `version` is the
 * meeting's row version the caller saw, optional.
 */
export const ZAdoptMinutes = z.object({
  number: zPositiveInt.describe("The version of the minutes adopted: the latest one"),
  method: z
    .enum(ADOPTION_METHODS, "minutesAdoption.errors.method")
    .describe(
      "AT_MEETING (a later meeting's adoption item), NO_OBJECTION (written procedure), CO_CHAIRS (co-chairs' approval)",
    ),
  version: zPositiveInt
    .optional()
    .describe("The meeting's version the caller saw; another one means it changed meanwhile (409)"),
  atMeetingId: z
    .string()
    .trim()
    .max(64)
    .nullish()
    .describe(
      "AT_MEETING: the later meeting (same programme, with an item 'adoption of the minutes of the previous meeting') that adopted them",
    ),
});
export type TAdoptMinutes = z.input<typeof ZAdoptMinutes>;

const zSha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const ZMinutesFileInfo = z.object({
  format: z.enum(["pdf", "docx"]),
  lang: z.enum(["en", "id"]),
  sha256: zSha256.describe("SHA-256 (hex) of the stored file: what every download of it serves"),
  size: z.number().int().describe("Bytes"),
});
export type TMinutesFileInfo = z.infer<typeof ZMinutesFileInfo>;

export const ZMinutesAdoption = z.object({
  meetingId: z.string(),
  version: z.number().int().describe("The version adopted"),
  method: z.enum(ADOPTION_METHODS),
  adoptedAt: z.string().describe("ISO instant"),
  fingerprint: zSha256.describe(
    "SHA-256 (hex) of the adopted version's content as RFC 8785 canonical JSON (docs/minutes-fingerprint.md)",
  ),
  files: z.array(ZMinutesFileInfo).describe("The official documents, rendered once at adoption"),
  atMeetingId: z.string().nullable().describe("AT_MEETING: the later meeting that adopted them"),
});
export type TMinutesAdoption = z.infer<typeof ZMinutesAdoption>;

/** `sha256` is a fingerprint or a file's SHA-256, in any case, spaces around ignored. */
export const ZVerifyQuery = z.object({
  sha256: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{64}$/, "minutesAdoption.errors.badFingerprint")
    .describe("A fingerprint of adopted minutes, or the SHA-256 of one of their official files"),
});
export type TVerifyQuery = z.input<typeof ZVerifyQuery>;

/** What /verify reveals: only what the cover of the minutes says, and how and when they were adopted. */
export const ZVerifyAnswer = z.object({
  isAdopted: z.boolean().describe("False: not an adopted version of any minutes here (nothing else said)"),
  match: z
    .object({
      matched: z.enum(["fingerprint", "file"]),
      file: z.object({ format: z.enum(["pdf", "docx"]), lang: z.enum(["en", "id"]) }).nullable(),
      programme: z.string().describe("The programme's title"),
      meeting: z.object({
        kind: z.string(),
        sequenceNumber: z.number().int(),
        title: z.string(),
        startsAt: z.string().describe("ISO instant"),
        timeZone: z.string(),
      }),
      version: z.number().int(),
      method: z.enum(ADOPTION_METHODS),
      adoptedAt: z.string().describe("ISO instant"),
      fingerprint: zSha256,
    })
    .nullable(),
});
export type TVerifyAnswer = z.infer<typeof ZVerifyAnswer>;
