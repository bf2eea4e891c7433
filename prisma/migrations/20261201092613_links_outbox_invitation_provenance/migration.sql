-- CreateEnum
CREATE TYPE "InvitedVia" AS ENUM ('SECRETARIAT', 'LINK_DELEGATION');

-- CreateEnum
CREATE TYPE "LinkPurpose" AS ENUM ('RSVP', 'MINUTES_REVIEW', 'ACTION_UPDATE', 'DIGEST_UNSUBSCRIBE');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('SENT', 'KEPT', 'FAILED');

-- AlterEnum
ALTER TYPE "AuditAction" ADD VALUE 'USE';

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "createdByLinkId" TEXT,
ADD COLUMN     "invitedVia" "InvitedVia" NOT NULL DEFAULT 'SECRETARIAT';

-- CreateTable
CREATE TABLE "Link" (
    "id" TEXT NOT NULL,
    "purpose" "LinkPurpose" NOT NULL,
    "personId" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "useCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Link_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "ics" TEXT,
    "status" "OutboxStatus" NOT NULL,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Link_purpose_subjectId_idx" ON "Link"("purpose", "subjectId");

-- CreateIndex
CREATE INDEX "Link_personId_idx" ON "Link"("personId");

-- CreateIndex
CREATE INDEX "OutboxMail_programmeId_createdAt_idx" ON "OutboxMail"("programmeId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMail_createdAt_idx" ON "OutboxMail"("createdAt");

-- CreateIndex
CREATE INDEX "Invitation_createdByLinkId_idx" ON "Invitation"("createdByLinkId");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_createdByLinkId_fkey" FOREIGN KEY ("createdByLinkId") REFERENCES "Link"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Link" ADD CONSTRAINT "Link_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Link" ADD CONSTRAINT "Link_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invitations created through an RSVP link before this migration (the audit trail names the
-- link as their creator) are link delegations, not yet confirmed by the secretariat.
UPDATE "Invitation" SET "invitedVia" = 'LINK_DELEGATION'
WHERE "id" IN (
  SELECT "entityId" FROM "AuditEvent"
  WHERE "actorLabel" = 'rsvp-link' AND "entity" = 'Invitation' AND "action" = 'CREATE'
);

-- RSVP links already e-mailed keep working: their token was "<invitationId>.<signature>" with the
-- key the RSVP purpose still uses, so each invitation of a meeting not yet over gets a link row
-- with its own id, expiring a day after the meeting ends.
INSERT INTO "Link" ("id", "purpose", "personId", "subjectId", "programmeId", "expiresAt")
SELECT i."id", 'RSVP', i."personId", i."id", m."programmeId", m."endsAt" + INTERVAL '1 day'
FROM "Invitation" i JOIN "Meeting" m ON m."id" = i."meetingId"
WHERE NOT i."isWalkIn" AND m."endsAt" + INTERVAL '1 day' > CURRENT_TIMESTAMP;
