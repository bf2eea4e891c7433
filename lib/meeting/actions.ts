// Server action behind the status buttons; the service checks meeting:manage and the lifecycle.
"use server";
import { runAction } from "@/lib/action/run-action";
import { ZChangeMeetingStatus, ZId } from "./schema";
import { changeMeetingStatus } from "./service/meetings";

export const changeMeetingStatusAction = runAction(
  "changing a meeting's status",
  ZChangeMeetingStatus.extend({ meetingId: ZId }),
  async ({ meetingId, ...change }, { user, actor }) => {
    const meeting = await changeMeetingStatus(user.access, meetingId, change, actor);
    return { status: meeting.status, version: meeting.version };
  },
  { revalidate: ({ meetingId }) => ["/meetings", `/meetings/${meetingId}`] },
);
