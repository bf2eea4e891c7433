// The meeting form: local date and times in the chosen zone become the UTC instants the service
// stores, a stored meeting comes back into the form as the same wall-clock values, and every
// refusal is a message key both languages have.
import { describe, expect, it } from "vitest";
import { SCREEN_MESSAGES } from "@/i18n/catalogue";
import {
  ZEditMeetingForm,
  ZScheduleMeetingForm,
  editFormValues,
  formFieldIssues,
  toCreateMeeting,
  toUpdateMeeting,
} from "@/lib/meeting/form";
import { checkInput } from "@/lib/validation";

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
      purposeTranslation: null,
    });
  });

  it("schedules the meeting unless “Save as draft” was pressed", () => {
    expect(toCreateMeeting(ZScheduleMeetingForm.parse(base)).status).toBe("SCHEDULED");
    expect(toCreateMeeting(ZScheduleMeetingForm.parse({ ...base, status: "SCHEDULED" })).status).toBe(
      "SCHEDULED",
    );
    expect(toCreateMeeting(ZScheduleMeetingForm.parse({ ...base, status: "DRAFT" })).status).toBe("DRAFT");
    expect(ZScheduleMeetingForm.safeParse({ ...base, status: "HELD" }).success).toBe(false);
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

  it("refuses an invalid form with message keys that both languages have, under the form's fields", () => {
    const issues = checkInput(ZScheduleMeetingForm, {
      programmeId: "",
      kind: "BOARD",
      title: "x",
      purpose: "p".repeat(4001),
      purposeTranslation: "t".repeat(4001),
      date: "",
      startTime: "9am",
      endTime: "25:00",
      timeZone: "Mars/Olympus",
      onlineUrl: "zoom",
    });
    expect(Object.keys(issues ?? {}).sort()).toEqual([
      "date",
      "endTime",
      "kind",
      "onlineUrl",
      "programmeId",
      "purpose",
      "purposeTranslation",
      "startTime",
      "timeZone",
      "title",
    ]);
    const keys = Object.values(issues ?? {}).flatMap((refs) => refs.map((r) => r.key));
    const lookUp = (messages: unknown, key: string) =>
      key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
    for (const key of keys) {
      expect(typeof lookUp(SCREEN_MESSAGES.en, key), key).toBe("string");
      expect(typeof lookUp(SCREEN_MESSAGES.id, key), key).toBe("string");
    }
    expect(issues?.title).toEqual([{ key: "meeting.errors.titleRequired", params: { min: 3 } }]);
    expect(issues?.purpose).toEqual([{ key: "errors.field.tooLong", params: { max: 4000 } }]);
    expect(issues?.purposeTranslation).toEqual([{ key: "errors.field.tooLong", params: { max: 4000 } }]);

    const ends = checkInput(ZScheduleMeetingForm, { ...base, startTime: "12:00", endTime: "09:00" });
    expect(ends).toEqual({ endTime: [{ key: "meeting.errors.endBeforeStart" }] });
  });

  it("shows the service's problems with startsAt and endsAt under the start and end times", () => {
    const end = [{ key: "meeting.errors.endBeforeStart" as const }];
    expect(formFieldIssues({ endsAt: end, title: end })).toEqual({ endTime: end, title: end });
  });

  it("round-trips a stored meeting through the edit form in its own zone", () => {
    const values = editFormValues({
      version: 4,
      title: "PSC",
      purpose: "Review the workplan",
      purposeTranslation: "Meninjau rencana kerja",
      startsAt: "2026-07-15T07:00:00.000Z",
      endsAt: "2026-07-15T09:00:00.000Z",
      timeZone: "Europe/Berlin",
      venueBuilding: null,
      venueRoom: "B-12",
      venueAddress: null,
      onlineUrl: null,
    });
    expect(values).toMatchObject({
      date: "2026-07-15",
      startTime: "09:00",
      endTime: "11:00",
      version: "4",
      purposeTranslation: "Meninjau rencana kerja",
    });
    const update = toUpdateMeeting(ZEditMeetingForm.parse(values));
    expect(update).toMatchObject({
      version: 4,
      startsAt: "2026-07-15T07:00:00.000Z",
      endsAt: "2026-07-15T09:00:00.000Z",
      venueRoom: "B-12",
      purpose: "Review the workplan",
      purposeTranslation: "Meninjau rencana kerja",
    });
    const cleared = toUpdateMeeting(ZEditMeetingForm.parse({ ...values, purposeTranslation: "  " }));
    expect(cleared.purposeTranslation).toBeNull();
  });
});
