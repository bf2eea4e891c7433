// The ORGANIZER of invitations comes from the configured sender (MAIL_FROM, "Name <e-mail>"),
// so replies to an invitation reach the same mailbox as replies to its e-mail.
export type TCalendarPerson = { name: string; email: string };

/** Parses "PSC Secretariat <psc@example.org>" or a bare address; null when there is no address. */
export function parseMailbox(value: string): TCalendarPerson | null {
  const angled = /^\s*"?([^"<]*?)"?\s*<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/.exec(value);
  if (angled) return { name: angled[1].trim() || angled[2], email: angled[2] };
  const bare = /^\s*([^<>\s]+@[^<>\s]+)\s*$/.exec(value);
  return bare ? { name: bare[1], email: bare[1] } : null;
}
