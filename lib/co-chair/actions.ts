// Server actions of the co-chair editor; the service checks meeting:manage.
"use server";
import { z } from "zod";
import { runAction } from "@/lib/action/run-action";
import { ZAddCoChair } from "./schema";
import { addCoChair, removeCoChair } from "./service";
import { ZId } from "../meeting/schema";

// The co-chairs show on the meeting page and its edit page.
const pagesOf = (meetingId: string) => [`/meetings/${meetingId}`, `/meetings/${meetingId}/edit`];

export const addCoChairAction = runAction(
  "adding a co-chair",
  ZAddCoChair.extend({ meetingId: ZId }),
  ({ meetingId, ...coChair }, { user, actor }) => addCoChair(user.access, meetingId, coChair, actor),
  { revalidate: ({ meetingId }) => pagesOf(meetingId) },
);

export const removeCoChairAction = runAction(
  "removing a co-chair",
  z.object({ meetingId: ZId, personId: ZId }),
  async ({ meetingId, personId }, { user, actor }) => {
    await removeCoChair(user.access, meetingId, personId, actor);
    return null;
  },
  { revalidate: ({ meetingId }) => pagesOf(meetingId) },
);
