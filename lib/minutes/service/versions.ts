// The versions of a meeting's draft minutes: the secretariat creates the draft (version 1) from a
// held meeting and cuts version N+1 when the record has moved on. A version is a frozen snapshot of
// the record — the language-neutral data the PDF/DOCX outline is built from — so editing the record
// afterwards never changes a version that was circulated, and either language can render any one.
import "server-only";
import { db, Prisma, type TTx } from "@/lib/db";
import type { TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/service";
import { AppError } from "@/lib/errors";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { meetingAccessWhere, meetingRecordWhere } from "@/lib/meeting/service/access";
import { moveMeetingStatus } from "@/lib/meeting/service/meetings";
import { parseInput } from "@/lib/validation";
import { diffVersions, type TMinutesDiff } from "../diff";
import type { TMeetingRecord } from "../record-schema";
import { loadMeetingRecord } from "../service";
import {
  ZCutMinutesVersion,
  ZMinutesDiffQuery,
  type TCutMinutesVersion,
  type TMinutesDiffQuery,
  type TMinutesVersionList,
  type TMinutesVersionSummary,
} from "../versions-schema";

export type TMinutesVersion = TMinutesVersionSummary & { content: TMeetingRecord };

const SUMMARY_SELECT = {
  number: true,
  note: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.MinutesVersionSelect;

type TSummaryRow = Prisma.MinutesVersionGetPayload<{ select: typeof SUMMARY_SELECT }>;

const toSummary = (row: TSummaryRow): TMinutesVersionSummary => ({
  number: row.number,
  note: row.note,
  createdAt: row.createdAt.toISOString(),
  createdBy: row.createdBy,
});

/** The meeting the reader may see, with its minutes' versions; 404 alike for missing and not theirs. */
async function readableMinutes(access: TAccess, meetingId: string) {
  const meeting = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingAccessWhere(access)] },
    select: { id: true, minutes: { select: { id: true, status: true } } },
  });
  if (!meeting) throw AppError.notFound("meeting");
  return meeting;
}

export async function listMinutesVersions(access: TAccess, meetingId: string): Promise<TMinutesVersionList> {
  const meeting = await readableMinutes(access, meetingId);
  const rows = meeting.minutes
    ? await db().minutesVersion.findMany({
        where: { minutesId: meeting.minutes.id },
        orderBy: { number: "asc" },
        select: SUMMARY_SELECT,
      })
    : [];
  return { meetingId: meeting.id, status: meeting.minutes?.status ?? null, data: rows.map(toSummary) };
}

/** Numbers come from the path as text: anything but a version of these minutes is the same 404. */
async function findVersions(
  access: TAccess,
  meetingId: string,
  numbers: number[],
): Promise<TMinutesVersion[]> {
  const meeting = await readableMinutes(access, meetingId);
  const isNumber = (n: number) => Number.isInteger(n) && n >= 1 && n <= 2_147_483_647;
  if (!meeting.minutes || !numbers.every(isNumber)) throw AppError.notFound("minutesVersion");
  const rows = await db().minutesVersion.findMany({
    where: { minutesId: meeting.minutes.id, number: { in: numbers } },
    select: { ...SUMMARY_SELECT, content: true },
  });
  return numbers.map((n) => {
    const row = rows.find((r) => r.number === n);
    if (!row) throw AppError.notFound("minutesVersion");
    return { ...toSummary(row), content: row.content as unknown as TMeetingRecord };
  });
}

/** One version with its snapshot. */
export async function getMinutesVersion(
  access: TAccess,
  meetingId: string,
  number: number,
): Promise<TMinutesVersion> {
  const [version] = await findVersions(access, meetingId, [number]);
  return version;
}

/**
 * A version stored before versions were snapshots of the record (the demo data's, tagged with a
 * `format`): it can be read and downloaded, not compared entry by entry.
 */
const isRecordSnapshot = (content: unknown) =>
  typeof content === "object" && content !== null && !("format" in content) && "attendance" in content;

/** What changed between two versions (lib/minutes/diff.ts), per section. */
export async function diffMinutesVersions(
  access: TAccess,
  meetingId: string,
  query: TMinutesDiffQuery,
): Promise<TMinutesDiff> {
  const { from, to } = parseInput(ZMinutesDiffQuery, query);
  const [a, b] = await findVersions(access, meetingId, [from, to]);
  const older = [a, b].find((v) => !isRecordSnapshot(v.content));
  if (older) throw refuse("notComparable", { number: older.number });
  return diffVersions(a, b);
}

const refuse = (
  key: "notHeld" | "adopted" | "cutMeanwhile" | "notComparable",
  params?: Record<string, string | number>,
) => new AppError("CONFLICT", `minutesVersions.errors.${key}`, { params });

/** The statuses a draft (version 1) may be made in: just held, or moved to the draft by hand. */
const DRAFT_FROM: readonly MeetingStatus[] = ["HELD", "MINUTES_DRAFT"];

/**
 * The meeting row locked for this transaction, read after the lock: two secretariat users cutting
 * (or adopting) at once queue here, so the second sees the first's version and numbers never collide.
 */
export async function lockMinutesMeeting(tx: TTx, access: TAccess, meetingId: string) {
  return lockMinutesMeetingWhere(tx, meetingId, meetingRecordWhere(access));
}

/** lockMinutesMeeting for the review cycle's own jobs: no user's access to check. */
export async function lockMinutesMeetingById(tx: TTx, meetingId: string) {
  return lockMinutesMeetingWhere(tx, meetingId, {});
}

async function lockMinutesMeetingWhere(tx: TTx, meetingId: string, allowed: Prisma.MeetingWhereInput) {
  await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
  const meeting = await tx.meeting.findFirst({
    where: { AND: [{ id: meetingId }, allowed] },
    select: {
      id: true,
      programmeId: true,
      status: true,
      version: true,
      minutes: {
        select: {
          id: true,
          status: true,
          versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
        },
      },
    },
  });
  if (!meeting) throw AppError.notFound("meeting");
  return meeting;
}

/**
 * Creates the draft minutes (version 1) when there is no version yet, else cuts the next version.
 * record:manage; refused (409) once the minutes are adopted, for a meeting not held yet, and when
 * `number` is given and someone cut a version meanwhile.
 */
export async function saveMinutesVersion(
  access: TAccess,
  meetingId: string,
  input: TCutMinutesVersion,
  actor: TActor,
): Promise<TMinutesVersionSummary> {
  const { note, number: expected } = parseInput(ZCutMinutesVersion, input);
  // Refuse someone who may not write before reading the whole record for them.
  const allowed = await db().meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingRecordWhere(access)] },
    select: { id: true },
  });
  if (!allowed) throw AppError.notFound("meeting");
  // Read outside the transaction (the embedded database has one connection); a change saved
  // between this read and the lock below goes into the next version, never half into this one.
  const record = await loadMeetingRecord(access, meetingId);

  try {
    return await db().$transaction(async (tx) => {
      const meeting = await lockMinutesMeeting(tx, access, meetingId);
      const latest = meeting.minutes?.versions[0]?.number ?? 0;
      if (meeting.minutes?.status === "ADOPTED" || meeting.status === "MINUTES_ADOPTED")
        throw refuse("adopted");
      if (expected !== undefined && expected !== latest + 1) throw refuse("cutMeanwhile", { latest });
      if (latest === 0 && !DRAFT_FROM.includes(meeting.status)) {
        throw refuse("notHeld", { status: meeting.status });
      }
      if (latest > 0 && !note) {
        throw AppError.invalidField("note", "minutesVersions.errors.noteRequired");
      }

      let status = meeting.status;
      if (status === "HELD") {
        await moveMeetingStatus(tx, meeting, "MINUTES_DRAFT", actor);
        status = "MINUTES_DRAFT";
      }
      const minutes = meeting.minutes ?? (await createMinutes(tx, meeting, actor));
      const number = latest + 1;
      const content: TMeetingRecord = {
        ...record,
        meeting: { ...record.meeting, status },
        minutes: { status: minutes.status, latestVersion: number, adoptedAt: null },
      };
      const version = await tx.minutesVersion.create({
        data: {
          minutesId: minutes.id,
          number,
          content: content as unknown as Prisma.InputJsonObject,
          note: note ?? null,
          createdByUserId: actor.userId ?? null,
        },
        select: { id: true, ...SUMMARY_SELECT },
      });
      await tx.minutes.update({ where: { id: minutes.id }, data: { updatedAt: new Date() } });
      await recordAudit(tx, {
        actor,
        entity: "MinutesVersion",
        entityId: version.id,
        action: "CREATE",
        programmeId: meeting.programmeId,
        after: { meetingId, minutesId: minutes.id, number, note: note ?? null },
      });
      return toSummary(version);
    });
  } catch (error) {
    // The row lock makes this unreachable; the unique (minutes, number) is the last guard.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw refuse("cutMeanwhile");
    }
    throw error;
  }
}

async function createMinutes(tx: TTx, meeting: { id: string; programmeId: string }, actor: TActor) {
  const minutes = await tx.minutes.create({
    data: { meetingId: meeting.id, status: "DRAFT" },
    select: { id: true, status: true },
  });
  await recordAudit(tx, {
    actor,
    entity: "Minutes",
    entityId: minutes.id,
    action: "CREATE",
    programmeId: meeting.programmeId,
    after: { meetingId: meeting.id, status: minutes.status },
  });
  return minutes;
}

/** Version 1 from a held meeting (or one moved to MINUTES_DRAFT without a version). */
export async function createDraft(access: TAccess, meetingId: string, actor: TActor) {
  return saveMinutesVersion(access, meetingId, { number: 1 }, actor);
}

/** Version N+1 from the record as it is now, with a note of what changed. */
export async function cutVersion(access: TAccess, meetingId: string, note: string, actor: TActor) {
  return saveMinutesVersion(access, meetingId, { note }, actor);
}

/**
 * The comparison a page shows: the versions named in its query (`?from=1&to=3`) when both exist,
 * else the last two; none while there are fewer than two versions.
 */
export async function chosenDiff(
  access: TAccess,
  versions: TMinutesVersionList,
  query: { from?: string; to?: string },
): Promise<TChosenDiff | null> {
  const numbers = new Set(versions.data.map((v) => v.number));
  if (numbers.size < 2) return null;
  const latest = Math.max(...numbers);
  const [from, to] = [Number(query.from), Number(query.to)];
  const chosen = numbers.has(from) && numbers.has(to) ? { from, to } : { from: latest - 1, to: latest };
  try {
    return { ...chosen, diff: await diffMinutesVersions(access, versions.meetingId, chosen) };
  } catch (error) {
    const isOlder = error instanceof AppError && error.key === "minutesVersions.errors.notComparable";
    if (!isOlder) throw error;
    return { ...chosen, diff: null, notComparable: Number(error.params?.number) };
  }
}

/** The comparison the page shows: the versions chosen, and their diff or why there is none. */
export type TChosenDiff = { from: number; to: number } & (
  { diff: TMinutesDiff } | { diff: null; notComparable: number }
);
