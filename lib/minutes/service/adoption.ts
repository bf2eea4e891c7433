// Adoption of a meeting's minutes: the secretariat records that the committee adopted the latest
// version (at a later meeting, by no-objection procedure, or by the co-chairs' approval). In one
// transaction under the meeting's row lock: the minutes are marked adopted with the version and its
// fingerprint (lib/minutes/fingerprint.ts), the meeting moves to MINUTES_ADOPTED (which closes its
// record), and the official PDF and DOCX in both languages are rendered once from that version and
// stored with their SHA-256 — downloads serve exactly those bytes from then on.
import "server-only";
import { db, type TTx } from "@/lib/db";
import { LOCALES, type TLocale } from "@/i18n/locales";
import type { TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/service";
import { AppError } from "@/lib/errors";
import type { MinutesFileFormat } from "@/lib/generated/prisma/enums";
import { meetingAccessWhere } from "@/lib/meeting/service/access";
import { moveMeetingStatus } from "@/lib/meeting/service/meetings";
import { canTransition } from "@/lib/meeting/status";
import { parseInput } from "@/lib/validation";
import {
  ZAdoptMinutes,
  type TAdoptMinutes,
  type TAdoptionMethod,
  type TMinutesAdoption,
  type TMinutesFileInfo,
} from "../adoption-schema";
import { renderMinutesDocx } from "../docx";
import { minutesFingerprint, sha256Hex } from "../fingerprint";
import { renderMinutesPdf } from "../pdf";
import type { TMeetingRecord } from "../record-schema";
import { lockMinutesMeeting, lockMinutesMeetingById } from "./versions";

const FORMATS = { pdf: "PDF", docx: "DOCX" } as const satisfies Record<string, MinutesFileFormat>;
type TFormat = keyof typeof FORMATS;

const refuse = (
  key: "alreadyAdopted" | "notInReview" | "notRenderable" | "changedMeanwhile" | "methodNotAllowed",
  params?: Record<string, string | number>,
) => new AppError("CONFLICT", `minutesAdoption.errors.${key}`, { params });

/** A snapshot of the record (what the renderers read), not the demo data's older tagged format. */
const isRecordSnapshot = (content: unknown): content is TMeetingRecord =>
  typeof content === "object" &&
  content !== null &&
  !("format" in content) &&
  "meeting" in content &&
  "attendance" in content;

/**
 * The record the official documents are rendered from: the adopted version's content, saying that
 * it is adopted. The fingerprint is of the content as stored, not of this.
 */
function adoptedRecord(content: TMeetingRecord, number: number, adoptedAt: Date): TMeetingRecord {
  return {
    ...content,
    meeting: { ...content.meeting, status: "MINUTES_ADOPTED" },
    minutes: { status: "ADOPTED", latestVersion: number, adoptedAt: adoptedAt.toISOString() },
  };
}

/**
 * The official PDF and DOCX in both languages of an adopted version, as MinutesFile rows to create
 * (also used by the demo data, so its adopted minutes have stored files like any others).
 */
export async function officialFiles(
  content: TMeetingRecord,
  number: number,
  adoptedAt: Date,
  fingerprint: string,
) {
  const files = await renderFiles(adoptedRecord(content, number, adoptedAt), fingerprint);
  return files.map((f) => ({
    format: FORMATS[f.format],
    locale: f.lang,
    sha256: f.sha256,
    size: f.bytes.byteLength,
    bytes: f.bytes,
  }));
}

async function renderFiles(record: TMeetingRecord, fingerprint: string) {
  const jobs = LOCALES.flatMap((lang) =>
    (Object.keys(FORMATS) as TFormat[]).map(async (format) => {
      const render = format === "pdf" ? renderMinutesPdf : renderMinutesDocx;
      const bytes = new Uint8Array(await render(record, lang, { fingerprint }));
      return { format, lang, bytes, sha256: sha256Hex(bytes) };
    }),
  );
  return Promise.all(jobs);
}

/**
 * Adopts version `number` (the latest) of the meeting's minutes by `method`. record:manage (the
 * secretariat); 404 alike for a meeting that is missing or not theirs and for a version that does
 * not exist; 409 when the minutes are already adopted, the meeting is not in review, a newer
 * version was cut, or the meeting changed since `version`.
 */
export async function adoptMinutesVersion(
  access: TAccess,
  meetingId: string,
  input: TAdoptMinutes,
  actor: TActor,
): Promise<TMinutesAdoption> {
  const { number, method, version: seen, atMeetingId } = parseInput(ZAdoptMinutes, input);
  return db().$transaction(
    async (tx) => {
      const meeting = await lockMinutesMeeting(tx, access, meetingId);
      if (seen !== undefined && seen !== meeting.version && meeting.status !== "MINUTES_ADOPTED") {
        throw AppError.conflict("meeting.errors.changedMeanwhile");
      }
      return adoptLocked(tx, meeting, { number, method, atMeetingId }, actor);
    },
    // Four documents are rendered under the lock; a large meeting's take a few seconds.
    { timeout: 60_000 },
  );
}

/**
 * Adoption by the cycle itself — the no-objection deadline passing, the last co-chair approving —
 * with no user's access to check: the caller decided it is due. Throws the same conflicts.
 */
export async function adoptMinutesBySystem(
  meetingId: string,
  number: number,
  method: TAdoptionMethod,
  actor: TActor,
): Promise<TMinutesAdoption> {
  return db().$transaction(
    async (tx) => {
      const meeting = await lockMinutesMeetingById(tx, meetingId);
      if (method === "NO_OBJECTION") {
        // Read again under the lock: an objection saved while the deadline job waited halts it still.
        const procedure = await tx.minutes.findUnique({
          where: { meetingId },
          select: { noObjectionVersion: true, noObjectionHaltedAt: true },
        });
        if (procedure?.noObjectionVersion !== number || procedure.noObjectionHaltedAt)
          throw refuse("changedMeanwhile");
      }
      return adoptLocked(tx, meeting, { number, method }, actor);
    },
    { timeout: 60_000 },
  );
}

type TLockedMinutesMeeting = Awaited<ReturnType<typeof lockMinutesMeetingById>>;

async function adoptLocked(
  tx: TTx,
  meeting: TLockedMinutesMeeting,
  { number, method, atMeetingId }: { number: number; method: TAdoptionMethod; atMeetingId?: string | null },
  actor: TActor,
): Promise<TMinutesAdoption> {
  const meetingId = meeting.id;
  const minutes = meeting.minutes;
  if (minutes?.status === "ADOPTED" || meeting.status === "MINUTES_ADOPTED") throw refuse("alreadyAdopted");
  const latest = minutes?.versions[0]?.number ?? 0;
  if (!minutes || number > latest) throw AppError.notFound("minutesVersion");
  if (!canTransition(meeting.status, "MINUTES_ADOPTED")) {
    throw refuse("notInReview", { status: meeting.status });
  }
  if (number !== latest) throw refuse("changedMeanwhile", { latest });
  const programme = await tx.programme.findUniqueOrThrow({
    where: { id: meeting.programmeId },
    select: { adoptionMethods: true },
  });
  if (!programme.adoptionMethods.includes(method)) throw refuse("methodNotAllowed");
  const laterMeeting = method === "AT_MEETING" ? await checkLaterMeeting(tx, meeting, atMeetingId) : null;
  const adopted = await tx.minutesVersion.findUniqueOrThrow({
    where: { minutesId_number: { minutesId: minutes.id, number } },
    select: { id: true, content: true },
  });
  if (!isRecordSnapshot(adopted.content)) throw refuse("notRenderable", { number });

  const fingerprint = minutesFingerprint(adopted.content);
  const adoptedAt = new Date();
  const files = await renderFiles(adoptedRecord(adopted.content, number, adoptedAt), fingerprint);
  await tx.minutes.update({
    where: { id: minutes.id },
    data: {
      status: "ADOPTED",
      adoptedAt,
      adoptionMethod: method,
      adoptedVersionId: adopted.id,
      adoptedAtMeetingId: laterMeeting?.id ?? null,
      fingerprint,
      lockedAt: adoptedAt,
      files: {
        create: files.map((f) => ({
          format: FORMATS[f.format],
          locale: f.lang,
          sha256: f.sha256,
          size: f.bytes.byteLength,
          bytes: f.bytes,
        })),
      },
    },
  });
  await moveMeetingStatus(tx, meeting, "MINUTES_ADOPTED", actor);
  const answer: TMinutesAdoption = {
    meetingId,
    version: number,
    method,
    adoptedAt: adoptedAt.toISOString(),
    fingerprint,
    files: files.map(fileInfo),
    atMeetingId: laterMeeting?.id ?? null,
  };
  await recordAudit(tx, {
    actor,
    entity: "Minutes",
    entityId: minutes.id,
    action: "UPDATE",
    programmeId: meeting.programmeId,
    before: { status: minutes.status },
    after: { status: "ADOPTED", ...answer },
  });
  return answer;
}

/**
 * Adoption at a later meeting: a meeting of the same programme that starts after this one, not
 * cancelled, whose agenda has the item "adoption of the minutes of the previous meeting".
 */
async function checkLaterMeeting(
  tx: TTx,
  meeting: { id: string; programmeId: string },
  atMeetingId?: string | null,
) {
  if (!atMeetingId) throw AppError.invalidField("atMeetingId", "minutesAdoption.errors.atMeetingRequired");
  // One query at a time: a transaction's connection does not take two at once.
  const own = await tx.meeting.findUniqueOrThrow({ where: { id: meeting.id }, select: { startsAt: true } });
  const later = await tx.meeting.findFirst({
    where: { id: atMeetingId, programmeId: meeting.programmeId, status: { not: "CANCELLED" } },
    select: {
      id: true,
      startsAt: true,
      agendaItems: { where: { kind: "ADOPTION_OF_PREVIOUS_MINUTES" }, select: { id: true } },
    },
  });
  if (!later || later.startsAt <= own.startsAt)
    throw AppError.invalidField("atMeetingId", "minutesAdoption.errors.atMeetingNotLater");
  if (later.agendaItems.length === 0)
    throw AppError.invalidField("atMeetingId", "minutesAdoption.errors.atMeetingNoItem");
  return later;
}

const fileInfo = (f: { format: TFormat; lang: TLocale; sha256: string; bytes: Uint8Array }) => ({
  format: f.format,
  lang: f.lang,
  sha256: f.sha256,
  size: f.bytes.byteLength,
});

const formatOf = (format: MinutesFileFormat): TFormat => (format === "PDF" ? "pdf" : "docx");
const localeOf = (locale: string): TLocale => (locale === "id" ? "id" : "en");

/** The adoption of a meeting the reader may see, or null while its minutes are not adopted. */
export async function getMinutesAdoption(
  access: TAccess,
  meetingId: string,
): Promise<TMinutesAdoption | null> {
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: {
      id: true,
      minutes: {
        select: {
          status: true,
          adoptedAt: true,
          adoptionMethod: true,
          fingerprint: true,
          adoptedAtMeetingId: true,
          adoptedVersion: { select: { number: true } },
          files: {
            orderBy: [{ locale: "asc" }, { format: "asc" }],
            select: { format: true, locale: true, sha256: true, size: true },
          },
        },
      },
    },
  });
  if (!meeting) throw AppError.notFound("meeting");
  const m = meeting.minutes;
  if (!m || m.status !== "ADOPTED" || !m.fingerprint || !m.adoptedAt || !m.adoptionMethod) return null;
  return {
    meetingId: meeting.id,
    version: m.adoptedVersion?.number ?? 0,
    method: m.adoptionMethod as TAdoptionMethod,
    adoptedAt: m.adoptedAt.toISOString(),
    fingerprint: m.fingerprint,
    atMeetingId: m.adoptedAtMeetingId,
    files: m.files.map((f): TMinutesFileInfo => ({
      format: formatOf(f.format),
      lang: localeOf(f.locale),
      sha256: f.sha256,
      size: f.size,
    })),
  };
}

/**
 * The stored official document of adopted minutes, with what names the download; null when the
 * minutes are not adopted (or were adopted before documents were stored: the caller renders them).
 */
export async function storedMinutesFile(access: TAccess, meetingId: string, format: TFormat, lang: TLocale) {
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: {
      kind: true,
      sequenceNumber: true,
      title: true,
      minutes: {
        select: {
          files: { where: { format: FORMATS[format], locale: lang }, select: { bytes: true } },
        },
      },
    },
  });
  if (!meeting) throw AppError.notFound("meeting");
  const file = meeting.minutes?.files[0];
  if (!file) return null;
  const { kind, sequenceNumber, title } = meeting;
  return { bytes: new Uint8Array(file.bytes), meeting: { kind, sequenceNumber, title } };
}
