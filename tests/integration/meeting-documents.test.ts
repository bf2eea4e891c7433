// The generated documents over the API, from a meeting recorded through the API itself: the
// summary (JSON with sources, Markdown, HTML), the minutes as PDF (read back with pdftotext) and
// DOCX (read back with mammoth), in both languages, and who may fetch them.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getDocx } from "@/app/api/v1/meetings/[id]/minutes.docx/route";
import { GET as getPdf } from "@/app/api/v1/meetings/[id]/minutes.pdf/route";
import { GET as getSummary } from "@/app/api/v1/meetings/[id]/summary/route";
import { POST as addActionItem } from "@/app/api/v1/meetings/[id]/action-items/route";
import { POST as addDecision } from "@/app/api/v1/meetings/[id]/decisions/route";
import { POST as addRemark } from "@/app/api/v1/meetings/[id]/remarks/route";
import { db } from "@/lib/db";
import { createMeeting, createOrganisation, createProgramme, createUserToken } from "../factories";
import { callRoute, type TRouteHandler } from "../support/call-route";

let secretariat: string;
let outsider: string;
let meetingId: string;
const facts = {
  speaker: "Dr. Siti Nurhaliza",
  position: "Director of Social Protection",
  ministry: "Kementerian Perencanaan Pembangunan Nasional",
  summary: "Presented the progress report and the new targets for 2027",
  quote: "No family should be left without protection.",
  decision: "The Committee endorsed the work plan for 2027.",
  action: "Circulate the revised budget table",
  due: "2027-01-31",
};

/** Calls one of the meeting's routes, e.g. `minutes.pdf?lang=en`. */
const call = (handler: TRouteHandler<{ id: string }>, token: string, route: string, body?: unknown) =>
  callRoute(handler, `/api/v1/meetings/${meetingId}/${route}`, {
    method: body === undefined ? "GET" : "POST",
    token,
    body,
    params: { id: meetingId },
  });

/** The minutes hold every recorded fact, and the meeting's date as the document's language writes it. */
function expectRecordedFacts(text: string, date: string) {
  // The decision without its full stop: the Indonesian minutes quote the English record (“…”).
  const decision = facts.decision.replace(/\.$/, "");
  for (const fact of [facts.speaker, facts.summary, facts.quote, decision, facts.action, date]) {
    expect(text).toContain(fact);
  }
}

function pdfToText(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "minutes-")), "m.pdf");
  fs.writeFileSync(file, bytes);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

beforeAll(async () => {
  const programme = await createProgramme("Joint Programme on Social Protection");
  const ministry = await createOrganisation("GOVERNMENT_MINISTRY", facts.ministry);
  await db().programme.update({
    where: { id: programme.id },
    data: { fund: "Joint SDG Fund", durationMonths: 24, sdgGoals: [1, 5], conveningAgencyId: ministry.id },
  });
  const meeting = await createMeeting(programme.id, {
    status: "HELD",
    startsAt: new Date("2026-03-12T02:00:00Z"),
  });
  meetingId = meeting.id;
  await db().meeting.update({ where: { id: meetingId }, data: { venueBuilding: "Bappenas Building" } });
  const speaker = await db().person.create({
    data: { name: facts.speaker, position: facts.position, organisationId: ministry.id, sex: "FEMALE" },
  });
  await db().invitation.create({ data: { meetingId, personId: speaker.id, attendance: "PRESENT" } });
  secretariat = await createUserToken({ role: "SECRETARIAT", programmeId: programme.id });
  outsider = await createUserToken({ role: "SECRETARIAT", programmeId: (await createProgramme()).id });

  const remark = await call(addRemark, secretariat, "remarks", {
    speakerPersonId: speaker.id,
    summary: facts.summary,
    quote: facts.quote,
  });
  expect(remark.status).toBe(201);
  const decision = await (await call(addDecision, secretariat, "decisions", { text: facts.decision })).json();
  const action = await call(addActionItem, secretariat, "action-items", {
    title: facts.action,
    ownerOrganisationId: ministry.id,
    dueDate: facts.due,
    decisionId: decision.id,
  });
  expect(action.status).toBe(201);
});

describe("summary", () => {
  it("tells the recorded facts, each sentence with the fields it came from", async () => {
    const res = await call(getSummary, secretariat, "summary?lang=en&format=json");
    expect(res.status).toBe(200);
    const summary = await res.json();
    const text = summary.paragraphs
      .flatMap((p: { sentences: { text: string }[] }) => p.sentences.map((s) => s.text))
      .join(" ");
    for (const fact of [
      `${facts.speaker}, ${facts.position}`,
      "presented the progress report and the new targets for 2027",
      facts.quote.replace(/\.$/, ""),
      "Thursday, 12 March 2026",
      "Bappenas Building",
      "1 participant",
    ]) {
      expect(text).toContain(fact);
    }
    expect(text).toContain(facts.decision.replace(/\.$/, ""));
    expect(text).toContain(facts.action);
    for (const p of summary.paragraphs)
      for (const s of p.sentences) expect(s.fields.length).toBeGreaterThan(0);
  });

  it("serves Markdown and escaped HTML, in Bahasa Indonesia too", async () => {
    const md = await call(getSummary, secretariat, "summary?lang=id&format=md");
    expect(md.headers.get("content-type")).toMatch(/^text\/markdown/);
    const mdText = await md.text();
    expect(mdText).toContain("Kamis, 12 Maret 2026");
    expect(mdText).toContain("peserta");
    const html = await call(getSummary, secretariat, "summary?lang=en&format=html");
    expect(html.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await html.text()).toMatch(/<p>/);
  });

  it("refuses an unknown language with 400 and another programme's meeting with 404", async () => {
    expect((await call(getSummary, secretariat, "summary?lang=fr")).status).toBe(400);
    expect((await call(getSummary, outsider, "summary")).status).toBe(404);
  });
});

describe("formal minutes", () => {
  it("PDF: the recorded remark, quote, decision and action read back with pdftotext", async () => {
    const res = await call(getPdf, secretariat, "minutes.pdf?lang=en");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="minutes-.*-en\.pdf"/);
    expectRecordedFacts(pdfToText(Buffer.from(await res.arrayBuffer())), "Thursday, 12 March 2026");
  });

  it("DOCX in Bahasa Indonesia: the same facts and the Indonesian date, parsed with mammoth", async () => {
    const res = await call(getDocx, secretariat, "minutes.docx?lang=id");
    expect(res.status).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await res.arrayBuffer()) });
    expectRecordedFacts(value.replace(/\s+/g, " "), "Kamis, 12 Maret 2026");
  });

  it("is not served to someone who may not see the meeting", async () => {
    expect((await call(getPdf, outsider, "minutes.pdf")).status).toBe(404);
    expect((await call(getDocx, outsider, "minutes.docx")).status).toBe(404);
  });
});

describe("a person of a directorate (docs/naming.md)", () => {
  let id: string;
  beforeAll(async () => {
    // Ministry ← directorate-general ← directorate: the record carries the chain up to the ministry.
    const ministry = await db().organisation.create({
      data: { name: "Ministry of Health", acronym: "Kemenkes", kind: "GOVERNMENT_MINISTRY" },
    });
    const dg = await db().organisation.create({
      data: {
        name: "Directorate-General of Public Health",
        kind: "GOVERNMENT_MINISTRY",
        parentId: ministry.id,
      },
    });
    const directorate = await db().organisation.create({
      data: { name: "Directorate of Community Nutrition", kind: "GOVERNMENT_MINISTRY", parentId: dg.id },
    });
    const programme = await createProgramme("Leaving No One Behind");
    const meeting = await createMeeting(programme.id, {
      status: "HELD",
      startsAt: new Date("2026-03-12T02:00:00Z"),
    });
    id = meeting.id;
    const person = await db().person.create({
      data: {
        name: "Dr. Ayu Lestari",
        position: "Director of Community Nutrition",
        organisationId: directorate.id,
      },
    });
    await db().invitation.create({ data: { meetingId: id, personId: person.id, attendance: "PRESENT" } });
    await db().coChair.create({
      data: { meetingId: id, personId: person.id, order: 1, capacity: "as Director of Community Nutrition" },
    });
    await db().remark.create({
      data: { meetingId: id, speakerPersonId: person.id, order: 1, summary: "Thanked the partners." },
    });
    const token = await createUserToken({ role: "SECRETARIAT", programmeId: programme.id });
    const get = (handler: TRouteHandler<{ id: string }>, route: string) =>
      callRoute(handler, `/api/v1/meetings/${id}/${route}`, { method: "GET", token, params: { id } });
    const summary = await (await get(getSummary, "summary?lang=en&format=json")).json();
    sentences = summary.paragraphs.flatMap((p: { sentences: TSentence[] }) => p.sentences);
    const docx = Buffer.from(await (await get(getDocx, "minutes.docx?lang=en")).arrayBuffer());
    minutes = (await mammoth.extractRawText({ buffer: docx })).value.replace(/\s+/g, " ");
  });
  type TSentence = { text: string; fields: string[] };
  let sentences: TSentence[] = [];
  let minutes = "";

  it("names the ministry, in full with its acronym, with its provenance through the chain", () => {
    const chaired = sentences.find((s) => s.text.startsWith("The meeting was chaired by"))!;
    // The capacity repeats the position: said once.
    expect(chaired.text).toBe(
      "The meeting was chaired by Dr. Ayu Lestari, Director of Community Nutrition, Ministry of Health (Kemenkes).",
    );
    expect(chaired.fields).toContain("coChairs[0].organisation.parent.parent.acronym");
    const remark = sentences.find((s) => s.text.includes("thanked the partners"))!;
    expect(remark.text).toBe(
      "Dr. Ayu Lestari, Director of Community Nutrition, Kemenkes, thanked the partners.",
    );
  });

  it("introduces a title that is not a noun phrase as the programme", () => {
    expect(sentences.map((s) => s.text).join(" ")).toContain(
      "meeting of the programme “Leaving No One Behind” was held on",
    );
  });

  it("names the ministry in the minutes too", () => {
    expect(minutes).toContain(
      "Dr. Ayu Lestari, Director of Community Nutrition, Ministry of Health (Kemenkes)",
    );
    expect(minutes).not.toContain("Directorate-General of Public Health,");
  });
});
