// Where a meeting takes place, as every surface reads it (pages, calendar entries, e-mails, minutes),
// and the venue as one line ("Room 3, Bappenas, Jl. Taman Suropati 2") for lists and headings.

/** The venue as stored: each part may be unrecorded. */
export type TVenue = { venueBuilding: string | null; venueRoom: string | null; venueAddress: string | null };

/** The venue and the online link: a meeting may have either, both or (not yet) neither. */
export type TMeetingPlace = TVenue & { onlineUrl: string | null };

export function venueLine(m: TVenue): string | null {
  const parts = [m.venueRoom, m.venueBuilding, m.venueAddress].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : null;
}
