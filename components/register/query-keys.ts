// Query keys for the attendance register, from one typed factory, so a change invalidates every cached search of the meeting.
export const registerKeys = {
  all: ["register"] as const,
  meeting: (meetingId: string) => [...registerKeys.all, meetingId] as const,
  list: (meetingId: string, q: string, page: number) =>
    [...registerKeys.meeting(meetingId), "list", { q, page }] as const,
};
