// The wording of the follow-up register's e-mails in both languages: the reminders (7 days before,
// on the day, the day after) with the reference, title, meeting, due date and the personal link; the
// organisation's digest (overdue first, counts in the subject, the unsubscribe link) and the
// coordinators' overview (its four sections, "none" when empty).
import { describe, expect, it } from "vitest";
import {
  actionReminderMail,
  coordinatorOverviewMail,
  organisationDigestMail,
  type TMailItem,
} from "@/lib/action-item/action-mail";

const meeting = { kind: "PSC" as const, sequenceNumber: 3, title: "Annual review" };
const item = (n: number, dueDate: string | null, status: TMailItem["status"] = "OPEN"): TMailItem => ({
  number: n,
  title: `Send the <data> ${n}`,
  dueDate,
  status,
  meeting,
  url: `https://psc.example.test/actions/item-${n}`,
});
const url = "https://psc.example.test/act/link.sig";

describe("reminder e-mails", () => {
  it.each([
    ["before", "en", "Action PSC3/A/04 is due on 8 Dec 2026", "is due in 7 days"],
    ["day", "en", "Action PSC3/A/04 is due today", "is due today"],
    ["after", "en", "Overdue: action PSC3/A/04 was due on 8 Dec 2026", "was due yesterday"],
    ["before", "id", "Tindak lanjut PSC3/A/04 bertenggat 8 Des 2026", "dalam 7 hari"],
    ["day", "id", "Tenggat tindak lanjut PSC3/A/04 adalah hari ini", "tenggatnya hari ini"],
    ["after", "id", "Lewat tenggat: tindak lanjut PSC3/A/04 bertenggat 8 Des 2026", "tenggatnya kemarin"],
  ] as const)("%s, in %s", (kind, locale, subject, phrase) => {
    const mail = actionReminderMail({
      kind,
      locale,
      name: "Budi Santoso",
      item: { ...item(4, "2026-12-08"), url },
    });
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(phrase);
    expect(mail.text).toContain(locale === "en" ? "Dear Budi Santoso," : "Budi Santoso");
    expect(mail.text).toContain("PSC3/A/04");
    expect(mail.text).toContain("Send the <data> 4");
    expect(mail.text).toContain(locale === "en" ? "3rd PSC — Annual review" : "PSC ke-3 — Annual review");
    expect(mail.text).toContain(locale === "en" ? "8 Dec 2026" : "8 Des 2026");
    expect(mail.text).toContain(url);
    // The HTML part escapes what the secretariat typed.
    expect(mail.html).toContain("Send the &lt;data&gt; 4");
    expect(mail.html).toContain(`<a href="${url}">`);
  });
});

describe("the organisation's digest", () => {
  const digest = (locale: "en" | "id", unsubscribeUrl: string | null) =>
    organisationDigestMail({
      locale,
      name: "Dewi",
      organisation: "Ministry of Health",
      programme: "SDG Fund",
      date: "2026-12-07",
      overdue: [item(1, "2026-12-01", "REPORTED_DONE")],
      open: [item(2, "2026-12-20"), item(3, null, "IN_PROGRESS")],
      unsubscribeUrl,
    });

  it("lists overdue items first, with counts, in English", () => {
    const mail = digest("en", "https://psc.example.test/unsubscribe/u.sig");
    expect(mail.subject).toBe("Weekly follow-up for Ministry of Health: 3 open, 1 overdue");
    expect(mail.text).toContain(
      "The action items of Ministry of Health in SDG Fund that are still open, as of 7 Dec 2026.",
    );
    expect(mail.text.indexOf("Overdue (1)")).toBeLessThan(mail.text.indexOf("Open (2)"));
    expect(mail.text).toContain(
      "PSC3/A/01 — Send the <data> 1 (3rd PSC — Annual review); due 1 Dec 2026; reported done, awaiting verification",
    );
    expect(mail.text).toContain("(3rd PSC — Annual review); no due date; in progress");
    expect(mail.text).toContain("https://psc.example.test/actions/item-2");
    expect(mail.text).toContain("To stop receiving it: https://psc.example.test/unsubscribe/u.sig");
  });

  it("reads naturally in Indonesian", () => {
    const mail = digest("id", "https://psc.example.test/unsubscribe/u.sig");
    expect(mail.subject).toBe("Tindak lanjut mingguan Ministry of Health: 3 terbuka, 1 lewat tenggat");
    expect(mail.text).toContain("Lewat tenggat (1)");
    expect(mail.text).toContain("Terbuka (2)");
    expect(mail.text).toContain("tanpa tenggat; sedang berjalan");
    expect(mail.text).toContain("Untuk berhenti menerimanya: https://psc.example.test/unsubscribe/u.sig");
  });

  it("has no unsubscribe line without a link", () => {
    expect(digest("en", null).text).not.toContain("stop receiving");
  });
});

describe("the coordinators' overview", () => {
  it.each([
    [
      "en",
      "Weekly overview of action items: SDG Fund",
      [
        "New this week (1)",
        "Due within 7 days (0)",
        "None.",
        "Overdue (1)",
        "Reported done, awaiting verification (0)",
      ],
    ],
    [
      "id",
      "Ikhtisar mingguan tindak lanjut: SDG Fund",
      [
        "Baru minggu ini (1)",
        "Bertenggat dalam 7 hari (0)",
        "Tidak ada.",
        "Lewat tenggat (1)",
        "Dilaporkan selesai, menunggu verifikasi (0)",
      ],
    ],
  ] as const)("in %s", (locale, subject, phrases) => {
    const mail = coordinatorOverviewMail({
      locale,
      name: "Citra",
      programme: "SDG Fund",
      date: "2026-12-07",
      created: [item(5, "2026-12-30")],
      dueSoon: [],
      overdue: [item(1, "2026-12-01")],
      reportedDone: [],
      registerUrl: "https://psc.example.test/actions?programmeId=p1",
      unsubscribeUrl: null,
    });
    expect(mail.subject).toBe(subject);
    for (const phrase of phrases) expect(mail.text).toContain(phrase);
    expect(mail.text).toContain("https://psc.example.test/actions?programmeId=p1");
  });
});
