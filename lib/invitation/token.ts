// Personal RSVP links: a token signed with a key derived from NEXTAUTH_SECRET, bound to one
// invitation id, so whoever holds the e-mail can answer for that invitation and nothing else.
// Pure: the secret is passed in.
import { createHmac, timingSafeEqual } from "node:crypto";

/** A key of its own for RSVP links, so a token can never double as any other signature. */
function rsvpKey(secret: string): Buffer {
  return createHmac("sha256", secret).update("notulen:rsvp-link:v1").digest();
}

function signature(invitationId: string, secret: string): Buffer {
  return createHmac("sha256", rsvpKey(secret)).update(invitationId).digest();
}

/** "<invitationId>.<signature>", both URL-safe (cuid ids, base64url signature). */
export function signRsvpToken(invitationId: string, secret: string): string {
  return `${invitationId}.${signature(invitationId, secret).toString("base64url")}`;
}

/** The invitation id the token was issued for, or null when it was not signed by us. */
export function verifyRsvpToken(token: string, secret: string): string | null {
  const dot = token.lastIndexOf(".");
  if (dot <= 0 || dot === token.length - 1) return null;
  const invitationId = token.slice(0, dot);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(invitationId)) return null;
  const given = Buffer.from(token.slice(dot + 1), "base64url");
  const expected = signature(invitationId, secret);
  if (given.length !== expected.length) return null;
  return timingSafeEqual(given, expected) ? invitationId : null;
}
