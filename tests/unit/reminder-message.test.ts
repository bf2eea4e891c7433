// The reminder says when (in the meeting's zone) and where, and asks for an answer only of those
// who have not given one.
import { describe, expect, it } from "vitest";
import { reminderMail } from "@/lib/invitation/reminder-message";
import { annualReview } from "../fixtures/mail-meeting";

const base = {
  meeting: annualReview,
  inviteeName: "Ibu Sari",
  rsvpUrl: "https://psc.example.test/rsvp/abc.def",
};

describe("reminder e-mail", () => {
  it("gives the Jakarta time, the venue, and the RSVP link to someone who has not answered", () => {
    const mail = reminderMail({ ...base, daysBefore: 3, rsvp: "PENDING" });
    expect(mail.subject).toMatch(/^Reminder: /);
    expect(mail.text).toContain("in 3 days");
    expect(mail.text).toContain("09:00");
    expect(mail.text).toContain("Bappenas");
    expect(mail.text).toContain("You have not answered yet");
    expect(mail.text).toContain(base.rsvpUrl);
    expect(mail.html).toContain(`href="${base.rsvpUrl}"`);
  });

  it("tells someone who accepted how to change their answer, and says tomorrow", () => {
    const mail = reminderMail({ ...base, daysBefore: 1, rsvp: "ACCEPTED" });
    expect(mail.text).toContain("tomorrow");
    expect(mail.text).toContain("You have said you will attend");
    expect(mail.text).not.toContain("not answered");
  });

  it("speaks Indonesian when asked", () => {
    const mail = reminderMail({ ...base, daysBefore: 1, rsvp: "PENDING", locale: "id" });
    expect(mail.subject).toBe("Pengingat: PSC ke-3 — Annual review");
    expect(mail.text).toContain("besok");
    expect(reminderMail({ ...base, daysBefore: 3, rsvp: "PENDING", locale: "id" }).text).toContain(
      "berlangsung 3 hari lagi",
    );
  });
});
