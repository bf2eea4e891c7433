// The e-mails of the review cycle read as their recipients read them: in their language, with the
// deadline as a date (no time, no zone shift), their personal link in the text and as the HTML link,
// and the notice of adoption with its date in the meeting's zone, the method and the fingerprint.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { reviewMail, type TReviewMailInput } from "@/lib/minutes/review-mail";

const base: TReviewMailInput = {
  kind: "circulated",
  locale: "en",
  name: "Ibu Sari",
  meeting: { kind: "PSC", sequenceNumber: 3, title: "Annual review" },
  number: 2,
  organisation: "Bappenas",
  deadline: "2026-12-15",
  url: "https://psc.example.test/review/cmlink.c2lnbmF0dXJl",
};

const FINGERPRINT = "4f5c1e0d9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d";
const adoption = {
  method: "NO_OBJECTION" as const,
  // 18:30 UTC on 15 December is already 16 December in Jakarta.
  adoptedAt: new Date("2026-12-15T18:30:00Z"),
  timeZone: "Asia/Jakarta",
  fingerprint: FINGERPRINT,
};

// A message rendered with a value missing is logged by the translator, not thrown: watch for it.
let errors: MockInstance;
beforeEach(() => {
  errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  const calls = errors.mock.calls;
  vi.restoreAllMocks();
  expect(calls).toEqual([]);
});

describe("review e-mails", () => {
  it("circulation in English: the meeting, the version, the organisation, the deadline and the link", () => {
    const mail = reviewMail(base);
    expect(mail.subject).toBe("Draft minutes for your review: 3rd PSC — Annual review");
    expect(mail.text).toContain("Dear Ibu Sari");
    expect(mail.text).toContain(
      "Version 2 of the minutes of the 3rd PSC — Annual review is circulated for review. Please answer for Bappenas by 15 Dec 2026",
    );
    expect(mail.text).toContain(`no password needed):\n${base.url}`);
    expect(mail.html).toContain(`<a href="${base.url}">${base.url}</a>`);
  });

  it("circulation in Bahasa Indonesia, the same facts", () => {
    const mail = reviewMail({ ...base, locale: "id" });
    expect(mail.subject).toBe("Rancangan notulen untuk Anda tinjau: PSC ke-3 — Annual review");
    expect(mail.text).toContain("Versi 2 notulen PSC ke-3 — Annual review diedarkan untuk ditinjau.");
    expect(mail.text).toContain("atas nama Bappenas paling lambat 15 Des 2026");
    expect(mail.text).toContain(base.url);
    expect(mail.text).not.toMatch(/Version|Dear|Please/);
  });

  it("formats the deadline as the calendar date given, whatever the machine's zone", () => {
    for (const [deadline, en, id] of [
      ["2027-01-01", "1 Jan 2027", "1 Jan 2027"],
      ["2026-08-17", "17 Aug 2026", "17 Agu 2026"],
      ["2028-02-29", "29 Feb 2028", "29 Feb 2028"],
    ] as const) {
      expect(reviewMail({ ...base, deadline, kind: "reminderBefore" }).subject).toContain(`due ${en}`);
      expect(reviewMail({ ...base, deadline, kind: "reminderBefore", locale: "id" }).subject).toContain(
        `batas waktu ${id}`,
      );
    }
  });

  it("says 'your organisation' for a reviewer who answers for themselves", () => {
    expect(reviewMail({ ...base, organisation: null }).text).toContain(
      "Please answer for your organisation by",
    );
    expect(reviewMail({ ...base, organisation: null, locale: "id" }).text).toContain(
      "atas nama organisasi Anda paling lambat",
    );
  });

  it("reminds before the deadline and on the day, and opens the no-objection procedure", () => {
    expect(reviewMail({ ...base, kind: "reminderDay" }).text).toContain(
      "Today, 15 Dec 2026, is the deadline for Bappenas's answer on version 2",
    );
    expect(reviewMail({ ...base, kind: "reminderDay", locale: "id" }).subject).toBe(
      "Hari ini: tinjauan notulen PSC ke-3 — Annual review",
    );
    const procedure = reviewMail({ ...base, kind: "noObjection" });
    expect(procedure.subject).toBe("No-objection procedure: minutes of the 3rd PSC — Annual review");
    expect(procedure.text).toContain(
      "Unless an objection is lodged by 15 Dec 2026, the minutes will be adopted.",
    );
    expect(procedure.text).toContain(base.url);
  });

  it("the notice of adoption: the date in the meeting's zone, the method, the fingerprint and /verify", () => {
    const url = `https://psc.example.test/verify?fingerprint=${FINGERPRINT}`;
    const en = reviewMail({ ...base, kind: "adopted", deadline: undefined, url, adoption });
    expect(en.subject).toBe("Minutes adopted: 3rd PSC — Annual review");
    expect(en.text).toContain(
      "The minutes of the 3rd PSC — Annual review (version 2) were adopted on 16 Dec 2026 by written no-objection procedure.",
    );
    expect(en.text).toContain(`Fingerprint of the adopted minutes: ${FINGERPRINT}`);
    expect(en.text).toContain(`here:\n${url}`);
    expect(en.html).toContain(`href="${url}"`);

    const id = reviewMail({
      ...base,
      kind: "adopted",
      locale: "id",
      url,
      adoption: { ...adoption, method: "CO_CHAIRS" },
    });
    expect(id.subject).toBe("Notulen disahkan: PSC ke-3 — Annual review");
    expect(id.text).toContain("disahkan pada 16 Des 2026 melalui persetujuan para ketua bersama.");
    expect(id.text).toContain(`Sidik jari notulen yang disahkan: ${FINGERPRINT}`);
  });

  it("tells the secretariat of an objection, with the reason, and that the procedure is halted", () => {
    const mail = reviewMail({ ...base, kind: "objection", reason: "Decision 1 was not agreed." });
    expect(mail.subject).toBe("Objection lodged: minutes of the 3rd PSC — Annual review");
    expect(mail.text).toContain("Bappenas lodged an objection to version 2");
    expect(mail.text).toContain("Decision 1 was not agreed.");
    expect(mail.text).toContain("The no-objection procedure is halted.");
  });

  it("escapes what people typed in the HTML part", () => {
    const mail = reviewMail({ ...base, name: `<script>alert("x")</script>`, organisation: "R&D" });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(mail.html).toContain("R&amp;D");
  });
});
