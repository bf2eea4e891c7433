// The token of a password-less link: "<linkId>.<signature>", the signature an HMAC of the link id
// under a key of the link's purpose derived from NEXTAUTH_SECRET, so a token signed for one
// purpose never opens another. Verification is canonical: the token must be exactly the string we
// would issue (base64 decoders accept other last characters, padding and stray characters; we do
// not decode at all). Pure: the secret is passed in.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { LinkPurpose } from "@/lib/generated/prisma/enums";

/** Link ids are cuids (or, for links issued before the link table, the invitation's id). */
const LINK_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Whether `value` can be a link id at all (anything else is "not found" without a query). */
export function isLinkId(value: string): boolean {
  return LINK_ID.test(value);
}

/** "notulen:rsvp-link:v1" for RSVP (the key RSVP links were always signed with), and so on. */
function purposeKey(purpose: LinkPurpose, secret: string): Buffer {
  const label = `notulen:${purpose.toLowerCase().replace(/_/g, "-")}-link:v1`;
  return createHmac("sha256", secret).update(label).digest();
}

/** The token of link `linkId` for `purpose`: both parts URL-safe. */
export function signLinkToken(linkId: string, purpose: LinkPurpose, secret: string): string {
  const signature = createHmac("sha256", purposeKey(purpose, secret)).update(linkId).digest("base64url");
  return `${linkId}.${signature}`;
}

/** The id of the link this token was issued for, or null unless it is exactly our token for `purpose`. */
export function linkIdOf(token: string, purpose: LinkPurpose, secret: string): string | null {
  const dot = token.indexOf(".");
  const linkId = token.slice(0, dot);
  if (dot <= 0 || !isLinkId(linkId)) return null;
  const given = Buffer.from(token, "utf8");
  const expected = Buffer.from(signLinkToken(linkId, purpose, secret), "utf8");
  return given.length === expected.length && timingSafeEqual(given, expected) ? linkId : null;
}
