// Writes a validated bundle inside the caller's transaction: finds or creates the programme,
// organisations and people, refuses a meeting number the programme already has, then creates the
// meeting and its record, with one audit event per created row (the record's through the one
// record writer, like a captured remark's).
import "server-only";
import { randomUUID } from "node:crypto";
import type { TTx } from "@/lib/db";
import { can, type TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { AppError } from "@/lib/errors";
import { AuditBatch } from "./audit";
import { matchOrganisations, matchPeople, matchProgramme } from "./match";
import type { TBundleImportResult } from "../result";
import { refusedBundle, type TMeetingBundle } from "../schema";
import { createMeetingRecords } from "./write-meeting";

type TProgramme = TMeetingBundle["programme"];

async function refuseTakenNumber(tx: TTx, programmeId: string, meeting: TMeetingBundle["meeting"]) {
  // Locked like scheduling does, so a meeting scheduled meanwhile cannot take the number.
  await tx.$queryRaw`SELECT id FROM "Programme" WHERE id = ${programmeId} FOR UPDATE`;
  const taken = await tx.meeting.findFirst({
    where: { programmeId, kind: meeting.kind, sequenceNumber: meeting.sequenceNumber },
    select: { title: true },
  });
  if (taken) {
    throw AppError.conflict("bundle.errors.numberTaken", {
      n: meeting.sequenceNumber,
      kind: meeting.kind,
      title: taken.title,
    });
  }
}

async function createProgramme(
  tx: TTx,
  programmeId: string,
  p: TProgramme,
  organisationIds: ReadonlyMap<string, string>,
  audit: AuditBatch,
) {
  const { outputs: bundleOutputs, conveningAgency, participatingOrganisations, startDate, ...facts } = p;
  const data = {
    ...facts,
    id: programmeId,
    conveningAgencyId: conveningAgency ? (organisationIds.get(conveningAgency) ?? null) : null,
    startDate: startDate ? new Date(`${startDate}T00:00:00Z`) : null,
  };
  const participants = participatingOrganisations.map((key) => organisationIds.get(key)!);
  await tx.programme.create({ data });
  await tx.programmeParticipant.createMany({
    data: participants.map((organisationId) => ({ programmeId, organisationId })),
  });
  const outputs = bundleOutputs.map((o) => ({ id: randomUUID(), programmeId, ...o }));
  await tx.programmeOutput.createMany({ data: outputs });
  audit.created("Programme", [{ ...data, participatingOrganisationIds: participants }]);
  audit.created("ProgrammeOutput", outputs);
  return { outputIds: new Map(outputs.map((o) => [o.code, o.id])), created: outputs.length, matched: 0 };
}

/**
 * An existing programme is used as it is. Only outputs the bundle's action items point to and the
 * programme lacks are added, which needs programme:manage on it.
 */
async function addNeededOutputs(
  tx: TTx,
  access: TAccess,
  programmeId: string,
  bundle: TMeetingBundle,
  audit: AuditBatch,
) {
  const existing = await tx.programmeOutput.findMany({
    where: { programmeId },
    select: { id: true, code: true },
  });
  const outputIds = new Map(existing.map((o) => [o.code, o.id]));
  const needed = new Set(bundle.actionItems.flatMap((a) => (a.output ? [a.output] : [])));
  const missing = bundle.programme.outputs
    .map((o, index) => ({ o, index }))
    .filter(({ o }) => needed.has(o.code) && !outputIds.has(o.code));
  if (missing.length > 0 && !can(access, "programme:manage", programmeId)) {
    const refusal = [{ key: "bundle.errors.outputNotAllowed" as const }];
    throw refusedBundle(
      Object.fromEntries(missing.map(({ index }) => [`programme.outputs.${index}.code`, refusal])),
    );
  }
  const outputs = missing.map(({ o }) => ({ id: randomUUID(), programmeId, ...o }));
  await tx.programmeOutput.createMany({ data: outputs });
  audit.created("ProgrammeOutput", outputs);
  for (const o of outputs) outputIds.set(o.code, o.id);
  const matched = bundle.programme.outputs.filter((o) => existing.some((e) => e.code === o.code)).length;
  return { outputIds, created: outputs.length, matched };
}

export async function writeMeetingBundle(
  tx: TTx,
  access: TAccess,
  bundle: TMeetingBundle,
  actor: TActor,
): Promise<TBundleImportResult> {
  const existingProgrammeId = await matchProgramme(tx, access, bundle.programme);
  const programmeId = existingProgrammeId ?? randomUUID();
  if (existingProgrammeId) await refuseTakenNumber(tx, programmeId, bundle.meeting);
  const audit = new AuditBatch(actor, programmeId);

  const organisations = await matchOrganisations(tx, bundle.organisations);
  await tx.organisation.createMany({ data: organisations.create });
  audit.created("Organisation", organisations.create);

  const outputs = existingProgrammeId
    ? await addNeededOutputs(tx, access, programmeId, bundle, audit)
    : await createProgramme(tx, programmeId, bundle.programme, organisations.ids, audit);

  const people = await matchPeople(tx, bundle.people, organisations.ids);
  await tx.person.createMany({ data: people.create });
  audit.created("Person", people.create);

  const record = await createMeetingRecords(
    tx,
    bundle,
    { programmeId, organisationIds: organisations.ids, personIds: people.ids, outputIds: outputs.outputIds },
    audit,
    actor,
  );
  await audit.write(tx);
  return {
    meetingId: record.meetingId,
    created: {
      programme: existingProgrammeId ? 0 : 1,
      outputs: outputs.created,
      organisations: organisations.create.length,
      people: people.create.length,
      ...record.created,
    },
    matched: {
      programme: existingProgrammeId ? 1 : 0,
      outputs: outputs.matched,
      organisations: organisations.matched,
      people: people.matched,
    },
  };
}
