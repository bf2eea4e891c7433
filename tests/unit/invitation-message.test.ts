// The invitation e-mail says when (in the meeting's zone), where, and carries the personal link.
import { describe, expect, it } from "vitest";
import { invitationMail } from "@/lib/invitation/message";
import { annualReview } from "../fixtures/mail-meeting";

const url = "https://psc.example.org/rsvp/abc.def";

describe("invitation e-mail", () => {
  it("gives the time in the meeting's time zone, the venue and the RSVP link, in English by default", () => {
    const mail = invitationMail({ meeting: annualReview, inviteeName: "Siti Rahma", rsvpUrl: url });
    expect(mail.subject).toBe("Invitation: 3rd PSC — Annual review");
    expect(mail.text).toContain("Dear Siti Rahma,");
    expect(mail.text).toContain("Thursday, 10 December 2026, 09:00–12:00");
    expect(mail.text).toContain("Where: Ruang 1, Bappenas");
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(`<a href="${url}">`);
  });

  it("speaks Bahasa Indonesia when asked", () => {
    const mail = invitationMail({ meeting: annualReview, inviteeName: "Siti", rsvpUrl: url, locale: "id" });
    expect(mail.subject).toBe("Undangan: PSC ke-3 — Annual review");
    expect(mail.text).toContain("Kamis, 10 Desember 2026");
  });

  it("tells a delegate who sent them, and escapes names in HTML", () => {
    const mail = invitationMail({
      meeting: annualReview,
      inviteeName: "A <b>",
      rsvpUrl: url,
      delegatedBy: "Budi",
    });
    expect(mail.text).toContain("Budi has asked you to attend in their place.");
    expect(mail.html).toContain("A &lt;b&gt;");
    expect(mail.html).not.toContain("A <b>");
  });

  it("says the venue is to be confirmed when there is neither venue nor link", () => {
    const mail = invitationMail({
      meeting: { ...annualReview, venueBuilding: null, venueRoom: null },
      inviteeName: "Siti",
      rsvpUrl: url,
    });
    expect(mail.text).toContain("Where: to be confirmed");
  });
});
