// The public check of adopted minutes (/verify): is this fingerprint, or this file's SHA-256, an
// adopted version of minutes kept here? Anyone may ask, signed in or not, so the answer carries
// only what the cover of the minutes says (programme, meeting, date) and how and when they were
// adopted — no ids, no names of people, nothing about minutes that are not adopted.
import "server-only";
import { db, type Prisma } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import {
  ZVerifyQuery,
  type TAdoptionMethod,
  type TVerifyAnswer,
  type TVerifyQuery,
} from "../adoption-schema";

const COVER_SELECT = {
  adoptedAt: true,
  adoptionMethod: true,
  fingerprint: true,
  adoptedVersion: { select: { number: true } },
  meeting: {
    select: {
      kind: true,
      sequenceNumber: true,
      title: true,
      startsAt: true,
      timeZone: true,
      programme: { select: { title: true } },
    },
  },
} satisfies Prisma.MinutesSelect;

type TCover = Prisma.MinutesGetPayload<{ select: typeof COVER_SELECT }>;

const ADOPTED = { status: "ADOPTED", fingerprint: { not: null } } satisfies Prisma.MinutesWhereInput;

export async function verifyMinutes(query: TVerifyQuery): Promise<TVerifyAnswer> {
  const { sha256 } = parseInput(ZVerifyQuery, query);
  const byFingerprint = await db().minutes.findFirst({
    where: { ...ADOPTED, fingerprint: sha256 },
    select: COVER_SELECT,
  });
  if (byFingerprint) return { isAdopted: true, match: cover(byFingerprint, null) };
  const file = await db().minutesFile.findFirst({
    where: { sha256, minutes: ADOPTED },
    orderBy: { createdAt: "asc" },
    select: { format: true, locale: true, minutes: { select: COVER_SELECT } },
  });
  if (file) {
    const matched = {
      format: file.format === "PDF" ? "pdf" : "docx",
      lang: file.locale === "id" ? "id" : "en",
    } as const;
    return { isAdopted: true, match: cover(file.minutes, matched) };
  }
  return { isAdopted: false, match: null };
}

function cover(minutes: TCover, file: { format: "pdf" | "docx"; lang: "en" | "id" } | null) {
  const { meeting } = minutes;
  return {
    matched: file ? ("file" as const) : ("fingerprint" as const),
    file,
    programme: meeting.programme.title,
    meeting: {
      kind: meeting.kind,
      sequenceNumber: meeting.sequenceNumber,
      title: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      timeZone: meeting.timeZone,
    },
    version: minutes.adoptedVersion?.number ?? 0,
    method: minutes.adoptionMethod as TAdoptionMethod,
    adoptedAt: (minutes.adoptedAt ?? new Date(0)).toISOString(),
    fingerprint: minutes.fingerprint!,
  };
}
