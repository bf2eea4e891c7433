// The meeting form: local date and times in the chosen zone become the UTC instants the service
// stores, and a stored meeting comes back into the form as the same wall-clock values.
import { describe, expect, it } from "vitest";
import {
  ZEditMeetingForm,
  ZScheduleMeetingForm,
  editFormValues,
  toCreateMeeting,
  toUpdateMeeting,
} from "@/lib/meeting/form";

const base = {
  programmeId: "p1",
  kind: "PSC",
  title: "Third PSC",
  date: "2026-12-10",
  startTime: "09:00",
  endTime: "12:30",
  venueBuilding: "  ",
  onlineUrl: "",
};

describe("meeting form", () => {
  it("defaults to Asia/Jakarta and sends UTC instants, blank fields as null", () => {
    const input = toCreateMeeting(ZScheduleMeetingForm.parse(base));
    expect(input).toMatchObject({
      timeZone: "Asia/Jakarta",
      startsAt: "2026-12-10T02:00:00.000Z",
      endsAt: "2026-12-10T05:30:00.000Z",
      venueBuilding: null,
      onlineUrl: null,
      purpose: null,
    });
  });

  it("puts each problem under its own field", () => {
    const result = ZScheduleMeetingForm.safeParse({
      ...base,
      date: "2026-02-30",
      startTime: "9am",
      onlineUrl: "zoom",
    });
    const fields = result.success ? [] : result.error.issues.map((i) => i.path.join("."));
    expect(fields.sort()).toEqual(["date", "onlineUrl", "startTime"]);
  });

  it("round-trips a stored meeting through the edit form in its own zone", () => {
    const values = editFormValues({
      version: 4,
      title: "PSC",
      purpose: null,
      startsAt: "2026-07-15T07:00:00.000Z",
      endsAt: "2026-07-15T09:00:00.000Z",
      timeZone: "Europe/Berlin",
      venueBuilding: null,
      venueRoom: "B-12",
      venueAddress: null,
      onlineUrl: null,
    });
    expect(values).toMatchObject({ date: "2026-07-15", startTime: "09:00", endTime: "11:00", version: "4" });
    const update = toUpdateMeeting(ZEditMeetingForm.parse(values));
    expect(update).toMatchObject({
      version: 4,
      startsAt: "2026-07-15T07:00:00.000Z",
      endsAt: "2026-07-15T09:00:00.000Z",
      venueRoom: "B-12",
    });
  });
});
