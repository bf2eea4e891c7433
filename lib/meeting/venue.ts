// The venue as one line ("Room 3, Bappenas, Jl. Taman Suropati 2"), for lists and headings.
export function venueLine(m: {
  venueBuilding: string | null;
  venueRoom: string | null;
  venueAddress: string | null;
}): string | null {
  const parts = [m.venueRoom, m.venueBuilding, m.venueAddress].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : null;
}
