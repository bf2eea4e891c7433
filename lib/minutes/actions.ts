// Server action behind the versions section of the minutes page: create the draft minutes or cut
// the next version. The service checks record:manage and refuses a cut made against an older list.
"use server";
import { runAction } from "@/lib/action/run-action";
import { saveMinutesVersion } from "./service/versions";
import { cutVersionFormValues, ZCutMinutesVersionForm } from "./versions-schema";

export const cutMinutesVersionAction = runAction(
  "cutting a version of the minutes",
  ZCutMinutesVersionForm,
  ({ meetingId, ...input }, { user, actor }) => saveMinutesVersion(user.access, meetingId, input, actor),
  {
    revalidate: ({ meetingId }) => [`/meetings/${meetingId}`, `/meetings/${meetingId}/outputs`],
    fromForm: cutVersionFormValues,
  },
);
