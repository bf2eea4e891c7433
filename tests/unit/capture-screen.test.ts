// What the capture screen shows: the server's record merged with this device's unsent changes,
// under the right agenda item, in both languages, and read-only when the record is closed.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CaptureScreen } from "@/components/capture/capture-screen";
import { filterOptions } from "@/components/capture/combobox";
import { agendaItemOf, mergeCapture } from "@/components/capture/merge";
import type { TOperation, TQueuedOp } from "@/components/capture/queue-types";
import type { TCaptureState } from "@/lib/record/capture-schema";
import { SCREEN_MESSAGES } from "@/i18n/catalogue";
import type { TRemark } from "@/lib/remark/schema";

const remarkOf = (rid: string, over: Partial<TRemark> = {}): TRemark => ({
  id: rid,
  meetingId: "m1",
  agendaItemId: "i1",
  order: 1,
  kind: "OPENING",
  speaker: { id: "p1", name: "Ani Wijaya", position: "Director", organisation: "BAPPENAS" },
  summary: "Welcomed the participants.",
  summaryTranslation: null,
  quote: null,
  quoteTranslation: null,
  version: 1,
  updatedAt: "2024-03-14T02:05:00.000Z",
  ...over,
});

function captureState(over: Partial<TCaptureState["meeting"]> = {}): TCaptureState {
  const bappenas = { id: "o1", name: "Ministry of National Development Planning", acronym: "BAPPENAS" };
  const undp = { id: "o2", name: "United Nations Development Programme", acronym: "UNDP" };
  return {
    meeting: {
      id: "m1",
      title: "Fourth meeting",
      label: "4th PSC",
      status: "HELD",
      timeZone: "Asia/Jakarta",
      startsAt: "2024-03-14T02:00:00.000Z",
      isRecordOpen: true,
      canEdit: true,
      recordLanguage: "en",
      ...over,
    },
    agenda: [
      { id: "i1", order: 1, title: "Opening", kind: "REGULAR" },
      { id: "i2", order: 2, title: "Progress report", kind: "REGULAR" },
    ],
    people: [
      { id: "p1", name: "Ani Wijaya", position: "Director", organisation: bappenas, attendance: "PRESENT" },
      { id: "p2", name: "Budi Santoso", position: null, organisation: undp, attendance: "PRESENT" },
      { id: "p3", name: "Çitra Dewi", position: null, organisation: null, attendance: null },
    ],
    organisations: [bappenas, undp],
    remarks: [remarkOf("r1")],
    decisions: [],
    actionItems: [],
  };
}

const queued = (op: TOperation, stop: TQueuedOp["stop"] = null): TQueuedOp => ({ ...op, stop });

describe("merging the server's record with this device's unsent changes", () => {
  it("shows an unsent remark as a local, pending entry with the speaker's name from the register", () => {
    const view = mergeCapture(captureState(), {
      sendingOpId: null,
      ops: [
        queued({
          opId: "o1",
          kind: "create",
          entity: "remarks",
          entityId: "r2",
          body: { speakerPersonId: "p2", kind: "RESPONSE", summary: " Agreed. ", agendaItemId: "i2" },
        }),
      ],
    });
    expect(view.remarks.map((e) => [e.record.id, e.isLocal, e.sync.kind])).toEqual([
      ["r1", false, "saved"],
      ["r2", true, "pending"],
    ]);
    expect(view.remarks[1].record).toMatchObject({
      summary: "Agreed.",
      agendaItemId: "i2",
      speaker: { name: "Budi Santoso", organisation: "UNDP" },
    });
  });

  it("shows an unsent edit over the saved text, and hides an entry whose delete is waiting", () => {
    const state = { ...captureState(), remarks: [remarkOf("r1"), remarkOf("r2", { order: 2 })] };
    const base = remarkOf("r1");
    const view = mergeCapture(state, {
      sendingOpId: "o1",
      ops: [
        queued({
          opId: "o1",
          kind: "update",
          entity: "remarks",
          entityId: "r1",
          version: 1,
          patch: { quote: "We thank you" },
          base,
        }),
        queued({
          opId: "o2",
          kind: "delete",
          entity: "remarks",
          entityId: "r2",
          version: 1,
          base: remarkOf("r2"),
        }),
      ],
    });
    expect(view.remarks).toHaveLength(1);
    expect(view.remarks[0].record.quote).toBe("We thank you");
    expect(view.remarks[0].sync).toEqual({ kind: "pending", isSending: true });
  });

  it("shows both versions of a conflict and who saved theirs", () => {
    const theirs = remarkOf("r1", { summary: "Their words", version: 2 });
    // The author comes with the answer as a value; the sentence is only shown, never read.
    const message = "Budi Santoso mengubah catatan pembicara ini setelah Anda membukanya.";
    const view = mergeCapture(
      { ...captureState(), remarks: [theirs] },
      {
        sendingOpId: null,
        ops: [
          queued(
            {
              opId: "o1",
              kind: "update",
              entity: "remarks",
              entityId: "r1",
              version: 1,
              patch: { summary: "My words" },
              base: remarkOf("r1"),
            },
            { reason: "conflict", message, current: theirs, by: "Budi Santoso" },
          ),
        ],
      },
    );
    const sync = view.remarks[0].sync;
    expect(sync.kind).toBe("conflict");
    if (sync.kind !== "conflict") return;
    expect(sync.by).toBe("Budi Santoso");
    expect((sync.mine as TRemark).summary).toBe("My words");
    expect((sync.theirs as TRemark).summary).toBe("Their words");
  });

  it("files an action item under the agenda item of the decision that raised it, else under Other matters", () => {
    const state: TCaptureState = {
      ...captureState(),
      decisions: [
        {
          id: "d1",
          meetingId: "m1",
          agendaItemId: "i2",
          number: 1,
          text: "Approved",
          textTranslation: null,
          version: 1,
          updatedAt: "",
        },
      ],
    };
    const view = mergeCapture(state, {
      sendingOpId: null,
      ops: [
        queued({
          opId: "a",
          kind: "create",
          entity: "action-items",
          entityId: "a1",
          body: { title: "Send the report", decisionId: "d1" },
        }),
        queued({
          opId: "b",
          kind: "create",
          entity: "action-items",
          entityId: "a2",
          body: { title: "Book a room" },
        }),
      ],
    });
    const ids = new Set(["i1", "i2"]);
    expect(view.actionItems.map((e) => agendaItemOf(view, e.record, ids))).toEqual(["i2", null]);
  });
});

describe("picking a name by typing", () => {
  const options = captureState().people.map((p) => ({
    id: p.id,
    label: p.name,
    hint: p.organisation?.acronym,
  }));
  it("matches parts of the name and organisation in any order, ignoring case and accents", () => {
    expect(filterOptions(options, "undp bud").map((o) => o.id)).toEqual(["p2"]);
    expect(filterOptions(options, "citra").map((o) => o.id)).toEqual(["p3"]);
    expect(filterOptions(options, "zz")).toEqual([]);
  });
});

function render(state: TCaptureState, locale: "en" | "id") {
  const messages = SCREEN_MESSAGES[locale];
  const client = new QueryClient();
  const screen = createElement(CaptureScreen, { meetingId: state.meeting.id, initialData: state });
  const onError = (error: Error) => {
    throw error; // a missing message fails the test instead of showing its key
  };
  // Children go as createElement's third argument, though the props types want them in the props.
  type TIntl = ComponentProps<typeof NextIntlClientProvider>;
  type TQuery = ComponentProps<typeof QueryClientProvider>;
  const intl: Omit<TIntl, "children"> = { locale, messages, timeZone: "Asia/Jakarta", onError };
  const query: Omit<TQuery, "children"> = { client };
  return renderToString(
    createElement(
      NextIntlClientProvider,
      intl as TIntl,
      createElement(QueryClientProvider, query as TQuery, screen),
    ),
  );
}

describe("the capture screen as first shown", () => {
  it.each(["en", "id"] as const)(
    "shows the agenda, the first item's remark and the entry forms (%s)",
    (locale) => {
      const html = render(captureState(), locale);
      expect(html).toContain("1. Opening");
      expect(html).toContain("2. Progress report");
      expect(html).toContain("Welcomed the participants.");
      expect(html).toContain(
        locale === "en"
          ? "No decisions recorded under this item yet."
          : "Belum ada keputusan untuk agenda ini.",
      );
      expect(html).toContain(locale === "en" ? "All changes saved" : "Semua perubahan tersimpan");
      expect(html).toContain('role="combobox"');
      expect(html).toContain('data-new-form="remark"');
    },
  );

  it("is read-only, and says why, once the record is closed", () => {
    const html = render(captureState({ isRecordOpen: false }), "en");
    expect(html).toContain("The record of this meeting is closed");
    expect(html).toContain("Welcomed the participants.");
    expect(html).not.toContain("<form");
    expect(html).not.toContain("data-entry-open");
  });

  it("is read-only for a user who may not change the record", () => {
    const html = render(captureState({ canEdit: false }), "en");
    expect(html).toContain("only the secretariat");
    expect(html).not.toContain("<form");
  });
});

describe("the other language's wording on the capture screen", () => {
  it("offers it behind one button per form, named by the other language than the record's", () => {
    const html = render(captureState(), "en");
    // Three new-entry forms, each with a closed disclosure and no other-language field yet.
    expect(html.match(/aria-expanded="false"[^>]*>Add Bahasa Indonesia wording</g)).toHaveLength(3);
    expect(html).not.toContain("What was said — ");
    const kept = render(captureState({ recordLanguage: "id" }), "id");
    expect(kept.match(/>Tambahkan versi English</g)).toHaveLength(3);
  });

  it("shows an entry's wording in the other language under its text, marked with its language", () => {
    const state = captureState();
    state.remarks = [remarkOf("r1", { summaryTranslation: "Menyambut para peserta." })];
    const html = render(state, "en");
    expect(html).toContain("Welcomed the participants.");
    expect(html).toMatch(/<span lang="id"[^>]*>Menyambut para peserta\.<\/span>/);
  });
});
