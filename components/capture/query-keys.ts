// Query keys for the capture screen, from one typed factory, so the poll and the save queue's
// cache updates always name the same entry.
export const captureKeys = {
  all: ["capture"] as const,
  meeting: (meetingId: string) => [...captureKeys.all, meetingId] as const,
  state: (meetingId: string) => [...captureKeys.meeting(meetingId), "state"] as const,
};
