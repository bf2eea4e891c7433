// Server action behind "Enter from the paper sheet": the one action frame (session, input, typed
// failure in the reader's language); meeting:manage is checked by the service's `where`.
"use server";
import { runAction } from "@/lib/action/run-action";
import { savePaperEntry } from "./service/paper-entry";
import { ZPaperEntryAction } from "./schema";

export const savePaperEntryAction = runAction(
  "entering attendance from the paper sheet",
  ZPaperEntryAction,
  async ({ meetingId, ...entry }, { user, actor }) => savePaperEntry(user.access, meetingId, entry, actor),
  { revalidate: ({ meetingId }) => [`/meetings/${meetingId}/register`, `/meetings/${meetingId}`] },
);
