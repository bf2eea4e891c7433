// Exporting a meeting bundle: the whole meeting as one JSON document, for whoever reads every meeting of
// its programme (an invited member, who sees only their own meetings, may not: it lists everyone's contacts).
import "server-only";
import { db } from "@/lib/db";
import type { TAccess } from "@/lib/auth/permissions";
import { fileSlug } from "@/lib/format/file-slug";
import { meetingHeading } from "@/lib/meeting/facts";
import { readMeetingBundle } from "./read";
import type { TMeetingBundle } from "../schema";

/** The bundle of a meeting the user may export; "not found" for missing and not-yours alike. */
export function exportMeetingBundle(access: TAccess, meetingId: string): Promise<TMeetingBundle> {
  return readMeetingBundle(db(), access, meetingId);
}

/** "meeting-3rd-psc-annual-review.json". */
export function bundleFileName(bundle: TMeetingBundle): string {
  return `meeting-${fileSlug(meetingHeading(bundle.meeting, "en"), "bundle")}.json`;
}
