// Who performed a change, for the audit trail: a signed-in user, or a named channel
// ("cli", "rsvp-link", "seed") when no user did.
export type TActor = { userId?: string; label?: string };
