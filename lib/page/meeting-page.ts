// For a meeting's pages: the user, if they hold the permission the page needs, with what the page
// shows of the meeting, loaded once per request (generateMetadata and the page share it); the 404
// page alike for a missing meeting and one that is not the user's.
import "server-only";
import type { Metadata } from "next";
import { cache } from "react";
import { can, type TAccess, type TPermission } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getMeetingDetail } from "@/lib/meeting/service/detail";
import { getRegisterMeeting } from "@/lib/register/service/register";
import { orNotFound } from "./or-not-found";

/** What Next.js hands a page under /meetings/[id]. */
export type TMeetingPageProps = { params: Promise<{ id: string }> };

export function meetingPageLoader<T>(
  permission: TPermission | TPermission[],
  load: (access: TAccess, meetingId: string) => Promise<T>,
) {
  return cache(async (meetingId: string) => {
    const user = await requirePagePermission(permission);
    return { user, data: await orNotFound(load(user.access, meetingId)) };
  });
}

/** generateMetadata for a page titled with its meeting's title. */
export function meetingTitleMetadata<T>(
  load: (meetingId: string) => Promise<{ data: T }>,
  titleOf: (data: T) => string,
) {
  return async ({ params }: TMeetingPageProps): Promise<Metadata> => ({
    title: titleOf((await load((await params).id)).data),
  });
}

/** The meeting's detail for the pages of its programme's secretariat (agenda, edit). */
export const loadManagedMeeting = meetingPageLoader("meeting:manage", async (access, meetingId) => {
  const meeting = await getMeetingDetail(access, meetingId);
  if (!can(access, "meeting:manage", meeting.programme.id)) throw AppError.notFound("meeting");
  return meeting;
});

/** The meeting for the pages that invite to it and run its register (meeting:manage). */
export const loadRegisterMeeting = meetingPageLoader("meeting:manage", getRegisterMeeting);
