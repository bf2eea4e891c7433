// Case-insensitive text filters that match the text as written. On PostgreSQL Prisma turns
// `mode: "insensitive"` into ILIKE without escaping the pattern (prisma/prisma#10810), so a "_" or
// "%" in a name or an e-mail matched other rows (an organisation named "%" clashed with every
// other) and a name ending in "\" failed in the database (a 500). Escaping them makes ILIKE compare
// literally, ignoring case only.

/** `text` as an ILIKE pattern that matches exactly it (PostgreSQL's default escape is "\"). */
const literal = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** Equal to `text`, ignoring case. */
export const equalsIgnoringCase = (text: string) => ({ equals: literal(text), mode: "insensitive" as const });

/** Containing `text`, ignoring case. */
export const containsIgnoringCase = (text: string) => ({
  contains: literal(text),
  mode: "insensitive" as const,
});
