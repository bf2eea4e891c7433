// Server actions behind the schedule and edit meeting forms: the shared form schema, local times
// to UTC, the service (which checks meeting:manage) — and its refusals in the form's terms.
"use server";
import { runAction } from "@/lib/action/run-action";
import { AppError, isAppError } from "@/lib/errors";
import {
  ZEditMeetingSubmission,
  ZScheduleMeetingForm,
  formFieldIssues,
  toCreateMeeting,
  toUpdateMeeting,
} from "./form";
import { createMeeting, updateMeeting } from "./service/meetings";

/**
 * Problems under the form's fields (startTime, not startsAt), and a conflict that tells the user
 * their input is still in the form, unlike the status buttons' one.
 */
async function inFormTerms<T>(save: Promise<T>): Promise<T> {
  try {
    return await save;
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "CONFLICT") throw AppError.conflict("meeting.errors.formConflict");
    if (!error.fieldIssues) throw error;
    throw new AppError(error.code, error.key, {
      params: error.params,
      fieldIssues: formFieldIssues(error.fieldIssues),
    });
  }
}

const pagesOf = (meetingId: string) => ["/meetings", `/meetings/${meetingId}`];
const savedPage = (meetingId: string) => `/meetings/${meetingId}?saved=1`;

export const scheduleMeetingAction = runAction(
  "scheduling a meeting",
  ZScheduleMeetingForm,
  (form, { user, actor }) => inFormTerms(createMeeting(user.access, toCreateMeeting(form), actor)),
  { revalidate: (_, meeting) => pagesOf(meeting.id), redirect: (_, meeting) => savedPage(meeting.id) },
);

export const editMeetingAction = runAction(
  "editing a meeting",
  ZEditMeetingSubmission,
  async ({ meetingId, ...form }, { user, actor }) => {
    await inFormTerms(updateMeeting(user.access, meetingId, toUpdateMeeting(form), actor));
    return { id: meetingId };
  },
  { revalidate: (_, meeting) => pagesOf(meeting.id), redirect: (_, meeting) => savedPage(meeting.id) },
);
