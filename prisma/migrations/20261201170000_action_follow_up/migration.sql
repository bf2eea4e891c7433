-- The follow-up register (issue 11): "reported done" between "in progress" and "done" (which now
-- means verified done), a running number per meeting for each action item (its reference,
-- "PSC3/A/04"), and progress updates with evidence, the status before, and a link author.

-- AlterEnum
ALTER TYPE "ActionStatus" ADD VALUE 'REPORTED_DONE' BEFORE 'DONE';

-- DropIndex
DROP INDEX "ActionItem_meetingId_idx";

-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN     "number" INTEGER;

-- The existing items, numbered in the order they were raised in their meeting.
UPDATE "ActionItem" AS a SET "number" = n.rn
FROM (
  SELECT id, row_number() OVER (PARTITION BY "meetingId" ORDER BY "createdAt", id) AS rn FROM "ActionItem"
) AS n
WHERE a.id = n.id;

-- AlterTable
ALTER TABLE "ActionItemUpdate" ADD COLUMN     "authorPersonId" TEXT,
ADD COLUMN     "evidenceUrl" TEXT,
ADD COLUMN     "statusBefore" "ActionStatus";

-- CreateIndex
CREATE INDEX "ActionItem_meetingId_number_idx" ON "ActionItem"("meetingId", "number");
