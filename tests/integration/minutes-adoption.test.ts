// Adoption of minutes over the API: the latest version is locked and fingerprinted, the official
// PDF and DOCX in both languages are stored once and every download serves exactly those bytes
// (the fingerprint in each page's footer), the record refuses writes (409), a second adoption is
// refused, the generic status move cannot adopt, and the public /verify lookup confirms the
// fingerprint and each stored file — and nothing with one byte changed.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import * as adoptRoute from "@/app/api/v1/meetings/[id]/minutes/adopt/route";
import * as versionsRoute from "@/app/api/v1/meetings/[id]/minutes/versions/route";
import * as versionRoute from "@/app/api/v1/meetings/[id]/minutes/versions/[n]/route";
import * as pdfRoute from "@/app/api/v1/meetings/[id]/minutes.pdf/route";
import * as docxRoute from "@/app/api/v1/meetings/[id]/minutes.docx/route";
import * as statusRoute from "@/app/api/v1/meetings/[id]/status/route";
import * as remarksRoute from "@/app/api/v1/meetings/[id]/remarks/route";
import * as agendaRoute from "@/app/api/v1/meetings/[id]/agenda/route";
import * as verifyRoute from "@/app/api/v1/verify/route";
import { db } from "@/lib/db";
import { minutesFingerprint, sha256Hex } from "@/lib/minutes/fingerprint";
import {
  createMeeting,
  createOrganisation,
  createPerson,
  createUserToken,
  invite,
  programmeWithSecretariat,
} from "../factories";
import { apiRequest } from "../support/call-route";

const { programmeId, secretariat, coordinator, outsider } = await programmeWithSecretariat();
const memberPerson = await createPerson();
const member = await createUserToken({ role: "MEMBER", programmeId, personId: memberPerson.id });
// The programme's terms of reference allow every method, so each test picks the one it is about.
await db().programme.update({
  where: { id: programmeId },
  data: { adoptionMethods: ["AT_MEETING", "NO_OBJECTION", "CO_CHAIRS"] },
});
// Adoption at a meeting names the later meeting whose agenda adopted the minutes (after every
// factory meeting, which are in 2026).
const laterMeeting = await createMeeting(programmeId, { startsAt: new Date("2027-06-01T02:00:00Z") });
await db().agendaItem.create({
  data: {
    meetingId: laterMeeting.id,
    order: 1,
    kind: "ADOPTION_OF_PREVIOUS_MINUTES",
    title: "Adoption of the minutes of the previous meeting",
  },
});
const AT_MEETING = { method: "AT_MEETING", atMeetingId: laterMeeting.id } as const;

const p = <T>(params: T) => ({ params: Promise.resolve(params) });
const url = (id: string, rest: string) => `/api/v1/meetings/${id}/${rest}`;

const adopt = (token: string, id: string, body: unknown) =>
  adoptRoute.POST(apiRequest(url(id, "minutes/adopt"), { method: "POST", token, body }), p({ id }));
const download = (token: string, id: string, format: "pdf" | "docx", lang: "en" | "id") =>
  (format === "pdf" ? pdfRoute : docxRoute).GET(
    apiRequest(url(id, `minutes.${format}?lang=${lang}`), { token }),
    p({ id }),
  );
const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer());
const verify = (sha256: string) => verifyRoute.GET(apiRequest(`/api/v1/verify?sha256=${sha256}`));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "adoption-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The text a reader of the PDF sees, page by page (poppler's pdftotext). */
function pdfPages(pdf: Buffer): string[] {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, pdf);
  const raw = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  return raw.split("\f").slice(0, -1);
}

/** A held meeting (the member's person present) with version 1 of its minutes, in review. */
async function meetingInReview() {
  const meeting = await createMeeting(programmeId, { status: "HELD" });
  const speaker = await createPerson((await createOrganisation()).id);
  await invite(meeting.id, speaker.id);
  await invite(meeting.id, memberPerson.id);
  await db().invitation.updateMany({ where: { meetingId: meeting.id }, data: { attendance: "PRESENT" } });
  await db().remark.create({
    data: { meetingId: meeting.id, speakerPersonId: speaker.id, order: 1, summary: "Supports the plan." },
  });
  await db().decision.create({
    data: { meetingId: meeting.id, number: 1, text: "The work plan is approved." },
  });
  const cut = await versionsRoute.POST(
    apiRequest(url(meeting.id, "minutes/versions"), { method: "POST", token: secretariat, body: {} }),
    p({ id: meeting.id }),
  );
  expect(cut.status).toBe(201);
  const { version } = await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } });
  const moved = await statusRoute.POST(
    apiRequest(url(meeting.id, "status"), {
      method: "POST",
      token: secretariat,
      body: { to: "MINUTES_IN_REVIEW", version },
    }),
    p({ id: meeting.id }),
  );
  expect(moved.status).toBe(200);
  return { meeting, speaker };
}

describe("adopting minutes", () => {
  it("locks and fingerprints the latest version, stores the documents once, and serves exactly them", async () => {
    const { meeting } = await meetingInReview();
    const res = await adopt(secretariat, meeting.id, { number: 1, method: "NO_OBJECTION" });
    expect(res.status).toBe(200);
    const adoption = await res.json();

    // The fingerprint is that of the version's content as the API serves it (docs/minutes-fingerprint.md).
    const v1 = await (
      await versionRoute.GET(apiRequest(url(meeting.id, "minutes/versions/1"), { token: member }), {
        params: Promise.resolve({ id: meeting.id, n: "1" }),
      })
    ).json();
    expect(adoption).toMatchObject({
      version: 1,
      method: "NO_OBJECTION",
      fingerprint: minutesFingerprint(v1.content),
    });
    expect(adoption.files).toHaveLength(4);

    const minutes = await db().minutes.findUniqueOrThrow({
      where: { meetingId: meeting.id },
      include: { files: true, adoptedVersion: { select: { number: true } } },
    });
    expect(minutes).toMatchObject({
      status: "ADOPTED",
      adoptionMethod: "NO_OBJECTION",
      fingerprint: adoption.fingerprint,
    });
    expect(minutes.adoptedVersion?.number).toBe(1);
    expect(minutes.adoptedAt).not.toBeNull();
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe(
      "MINUTES_ADOPTED",
    );
    const audit = await db().auditEvent.findMany({ where: { entity: "Minutes", entityId: minutes.id } });
    expect(audit.map((a) => (a.after as { status?: string }).status)).toContain("ADOPTED");

    for (const file of minutes.files) {
      expect(sha256Hex(file.bytes)).toBe(file.sha256);
      const format = file.format === "PDF" ? "pdf" : "docx";
      const lang = file.locale as "en" | "id";
      const [first, second] = await Promise.all([
        download(member, meeting.id, format, lang).then(bytesOf),
        download(secretariat, meeting.id, format, lang).then(bytesOf),
      ]);
      expect(first.equals(Buffer.from(file.bytes)), `${format} ${lang}`).toBe(true);
      expect(second.equals(first)).toBe(true);
    }

    // Every page's footer carries the fingerprint, in both languages.
    for (const lang of ["en", "id"] as const) {
      const pages = pdfPages(await bytesOf(await download(member, meeting.id, "pdf", lang)));
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) expect(page.replace(/\s+/g, "")).toContain(adoption.fingerprint);
      expect(pages.join(" ")).toMatch(lang === "en" ? /Fingerprint \(SHA-256\)/ : /Sidik jari \(SHA-256\)/);
    }
    const docx = await bytesOf(await download(member, meeting.id, "docx", "en"));
    const zip = await JSZip.loadAsync(docx);
    const footers = zip.file(/^word\/footer\d*\.xml$/);
    expect(footers.length).toBeGreaterThan(0);
    for (const footer of footers) expect(await footer.async("string")).toContain(adoption.fingerprint);
  });

  it("closes the record: remarks and agenda answer 409; no version can be cut; a second adoption is 409", async () => {
    const { meeting, speaker } = await meetingInReview();
    expect((await adopt(secretariat, meeting.id, { number: 1, ...AT_MEETING })).status).toBe(200);

    const remark = await remarksRoute.POST(
      apiRequest(url(meeting.id, "remarks"), {
        method: "POST",
        token: secretariat,
        body: { speakerPersonId: speaker.id, summary: "Too late" },
      }),
      p({ id: meeting.id }),
    );
    expect(remark.status).toBe(409);
    expect((await remark.json()).error.messageKey).toBe("minutesAdoption.errors.recordLocked");
    const item = await agendaRoute.POST(
      apiRequest(url(meeting.id, "agenda"), {
        method: "POST",
        token: secretariat,
        body: { title: "Late item" },
      }),
      p({ id: meeting.id }),
    );
    expect(item.status).toBe(409);
    const cut = await versionsRoute.POST(
      apiRequest(url(meeting.id, "minutes/versions"), {
        method: "POST",
        token: secretariat,
        body: { note: "x" },
      }),
      p({ id: meeting.id }),
    );
    expect(cut.status).toBe(409);

    const again = await adopt(secretariat, meeting.id, { number: 1, method: "CO_CHAIRS" });
    expect(again.status).toBe(409);
    expect((await again.json()).error.messageKey).toBe("minutesAdoption.errors.alreadyAdopted");
    expect(await db().minutesFile.count({ where: { minutes: { meetingId: meeting.id } } })).toBe(4);
  });

  it("two adoptions at once: one succeeds, the other is 409", async () => {
    const { meeting } = await meetingInReview();
    const answers = await Promise.all([
      adopt(secretariat, meeting.id, { number: 1, ...AT_MEETING }),
      adopt(secretariat, meeting.id, { number: 1, method: "NO_OBJECTION" }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await db().minutesFile.count({ where: { minutes: { meetingId: meeting.id } } })).toBe(4);
  });

  it("refuses a meeting not in review, a version that is not the latest, and an unknown one", async () => {
    const held = await createMeeting(programmeId, { status: "HELD" });
    expect((await adopt(secretariat, held.id, { number: 1, ...AT_MEETING })).status).toBe(404);

    const { meeting } = await meetingInReview();
    await db().meeting.update({ where: { id: meeting.id }, data: { status: "MINUTES_DRAFT" } });
    const notInReview = await adopt(secretariat, meeting.id, { number: 1, ...AT_MEETING });
    expect(notInReview.status).toBe(409);
    expect((await notInReview.json()).error.messageKey).toBe("minutesAdoption.errors.notInReview");

    await db().meeting.update({ where: { id: meeting.id }, data: { status: "MINUTES_IN_REVIEW" } });
    const minutes = await db().minutes.findUniqueOrThrow({ where: { meetingId: meeting.id } });
    const v1 = await db().minutesVersion.findFirstOrThrow({ where: { minutesId: minutes.id, number: 1 } });
    await db().minutesVersion.create({
      data: { minutesId: minutes.id, number: 2, note: "Reworded", content: v1.content ?? {} },
    });
    const stale = await adopt(secretariat, meeting.id, { number: 1, ...AT_MEETING });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.messageKey).toBe("minutesAdoption.errors.changedMeanwhile");
    expect((await adopt(secretariat, meeting.id, { number: 3, ...AT_MEETING })).status).toBe(404);
    expect((await adopt(secretariat, meeting.id, { number: 2, method: "BY_MAGIC" })).status).toBe(400);
    expect((await db().minutes.findUniqueOrThrow({ where: { id: minutes.id } })).status).not.toBe("ADOPTED");
    expect((await adopt(secretariat, meeting.id, { number: 2, ...AT_MEETING })).status).toBe(200);
  });

  it("is the secretariat's: coordinators, members and other programmes get 404, anonymous 401", async () => {
    const { meeting } = await meetingInReview();
    for (const token of [coordinator, member, outsider]) {
      expect((await adopt(token, meeting.id, { number: 1, ...AT_MEETING })).status).toBe(404);
    }
    const anonymous = adoptRoute.POST(
      apiRequest(url(meeting.id, "minutes/adopt"), {
        method: "POST",
        body: { number: 1, ...AT_MEETING },
      }),
      p({ id: meeting.id }),
    );
    expect((await anonymous).status).toBe(401);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe(
      "MINUTES_IN_REVIEW",
    );
  });

  it("cannot happen through the generic status move (409, pointing to adoption)", async () => {
    const { meeting } = await meetingInReview();
    const { version } = await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    const res = await statusRoute.POST(
      apiRequest(url(meeting.id, "status"), {
        method: "POST",
        token: secretariat,
        body: { to: "MINUTES_ADOPTED", version },
      }),
      p({ id: meeting.id }),
    );
    expect(res.status).toBe(409);
    expect((await res.json()).error.messageKey).toBe("minutesAdoption.errors.useAdoption");
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe(
      "MINUTES_IN_REVIEW",
    );
  });
});

describe("the public verification", () => {
  it("confirms the fingerprint and each stored file, for anyone, and nothing with one byte changed", async () => {
    const { meeting } = await meetingInReview();
    const adoption = await (await adopt(secretariat, meeting.id, { number: 1, method: "CO_CHAIRS" })).json();

    const byFingerprint = await verify(adoption.fingerprint.toUpperCase());
    expect(byFingerprint.status).toBe(200);
    const found = await byFingerprint.json();
    expect(found).toMatchObject({
      isAdopted: true,
      match: {
        matched: "fingerprint",
        file: null,
        version: 1,
        method: "CO_CHAIRS",
        adoptedAt: adoption.adoptedAt,
        meeting: { title: meeting.title, sequenceNumber: meeting.sequenceNumber },
      },
    });
    // Only what the cover says: no ids of the meeting, its programme or anyone in it.
    const text = JSON.stringify(found);
    for (const id of [meeting.id, programmeId, memberPerson.id]) expect(text).not.toContain(id);

    const pdf = await bytesOf(await download(member, meeting.id, "pdf", "id"));
    const byFile = await (await verify(sha256Hex(pdf))).json();
    expect(byFile.match).toMatchObject({ matched: "file", file: { format: "pdf", lang: "id" } });

    const tampered = Buffer.from(pdf);
    tampered[Math.floor(tampered.length / 2)] ^= 0x01;
    expect(await (await verify(sha256Hex(tampered))).json()).toEqual({ isAdopted: false, match: null });
    const madeUp = `${adoption.fingerprint.slice(0, 63)}${adoption.fingerprint.endsWith("0") ? "1" : "0"}`;
    expect(await (await verify(madeUp)).json()).toEqual({ isAdopted: false, match: null });
    expect((await verify("not-a-hash")).status).toBe(400);
  });

  it("knows nothing of minutes that are not adopted", async () => {
    const { meeting } = await meetingInReview();
    const minutes = await db().minutes.findUniqueOrThrow({
      where: { meetingId: meeting.id },
      include: { versions: true },
    });
    const fingerprint = minutesFingerprint(minutes.versions[0].content);
    expect(await (await verify(fingerprint)).json()).toEqual({ isAdopted: false, match: null });
  });
});
