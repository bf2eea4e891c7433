// Walk-ins on the attendance register: someone who came uninvited, created in the directory on the spot if new.
import "server-only";
import type { z } from "zod";
import { db, Prisma, type TTx } from "@/lib/db";
import { equalsIgnoringCase } from "@/lib/db/ignoring-case";
import type { TAccess } from "@/lib/auth/permissions";
import type { TActor } from "@/lib/audit/actor";
import { auditJson, recordAudit } from "@/lib/audit/service";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ZAddWalkIn, type TAddWalkIn, type TRegisterRow, type ZNewPerson } from "../schema";
import {
  AUDIT_SELECT,
  assertRegisterWritable,
  assertSignInOpen,
  getRegisterMeeting,
  ROW_SELECT,
  toRow,
} from "./register";

async function createOrganisationInline(
  tx: TTx,
  input: NonNullable<z.infer<typeof ZNewPerson>["newOrganisation"]>,
  actor: TActor,
  programmeId: string,
) {
  const clash = await tx.organisation.findFirst({
    where: { name: equalsIgnoringCase(input.name) },
    select: { id: true },
  });
  if (clash)
    throw AppError.invalidField("newPerson.newOrganisation.name", "register.errors.organisationExists");
  const organisation = await tx.organisation.create({ data: input });
  await recordAudit(tx, {
    actor,
    entity: "Organisation",
    entityId: organisation.id,
    action: "CREATE",
    programmeId,
    after: auditJson(organisation),
  });
  return organisation.id;
}

async function createPersonInline(
  tx: TTx,
  input: z.infer<typeof ZNewPerson>,
  actor: TActor,
  programmeId: string,
) {
  const { newOrganisation, organisationId, ...fields } = input;
  if (fields.email) {
    const clash = await tx.person.findFirst({
      where: { email: equalsIgnoringCase(fields.email) },
      select: { id: true },
    });
    if (clash) throw AppError.invalidField("newPerson.email", "register.errors.emailTaken");
  }
  if (
    organisationId &&
    !(await tx.organisation.findUnique({ where: { id: organisationId }, select: { id: true } }))
  ) {
    throw AppError.invalidField("newPerson.organisationId", "errors.field.noSuchOrganisation");
  }
  const orgId = newOrganisation
    ? await createOrganisationInline(tx, newOrganisation, actor, programmeId)
    : (organisationId ?? null);
  const person = await tx.person.create({ data: { ...fields, organisationId: orgId } });
  await recordAudit(tx, {
    actor,
    entity: "Person",
    entityId: person.id,
    action: "CREATE",
    programmeId,
    after: auditJson(person),
  });
  return person.id;
}

/**
 * Adds someone who came without an invitation, signed in now (so only from the meeting's day),
 * optionally as delegate of another person. A new person (and their new organisation) is created
 * in the same transaction.
 */
export async function addWalkIn(
  access: TAccess,
  meetingId: string,
  input: TAddWalkIn,
  actor: TActor,
): Promise<TRegisterRow> {
  const data = parseInput(ZAddWalkIn, input);
  return db()
    .$transaction(async (tx) => {
      const meeting = await getRegisterMeeting(access, meetingId, tx);
      assertRegisterWritable(meeting);
      assertSignInOpen(meeting);
      if (
        data.delegateOfPersonId &&
        !(await tx.person.findUnique({ where: { id: data.delegateOfPersonId }, select: { id: true } }))
      ) {
        throw AppError.invalidField("delegateOfPersonId", "errors.field.noSuchPerson");
      }
      let personId = data.personId ?? null;
      if (personId) {
        if (!(await tx.person.findUnique({ where: { id: personId }, select: { id: true } }))) {
          throw AppError.invalidField("personId", "errors.field.noSuchPerson");
        }
        const existing = await tx.invitation.findUnique({
          where: { meetingId_personId: { meetingId, personId } },
          select: { id: true },
        });
        if (existing) throw AppError.invalidField("personId", "register.errors.alreadyOnRegister");
      } else {
        personId = await createPersonInline(tx, data.newPerson!, actor, meeting.programmeId);
      }
      if (personId === data.delegateOfPersonId)
        throw AppError.invalidField("delegateOfPersonId", "register.errors.ownDelegate");
      const created = await tx.invitation.create({
        data: {
          meetingId,
          personId,
          isWalkIn: true,
          attendance: "PRESENT",
          signedInAt: new Date(),
          delegateOfPersonId: data.delegateOfPersonId ?? null,
        },
        select: { ...AUDIT_SELECT },
      });
      await recordAudit(tx, {
        actor,
        entity: "Invitation",
        entityId: created.id,
        action: "CREATE",
        programmeId: meeting.programmeId,
        after: auditJson(created),
      });
      return toRow(await tx.invitation.findUniqueOrThrow({ where: { id: created.id }, select: ROW_SELECT }));
    })
    .catch((error: unknown) => {
      // A unique-index race (the same person or e-mail added twice at once) reads like the checked case.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw AppError.invalidField("_form", "register.errors.justAdded");
      }
      throw error;
    });
}
