-- The review cycle of draft minutes (issue 10): reviewers per circulated version, organisations'
-- answers (the response log), comments with replacement text and their disposition, co-chairs'
-- approvals, the no-objection procedure, and each programme's adoption methods and comment visibility.
-- CreateEnum
CREATE TYPE "ReviewVisibility" AS ENUM ('OWN_ORGANISATION', 'ALL_REVIEWERS');

-- CreateEnum
CREATE TYPE "ReviewCommentKind" AS ENUM ('EDITORIAL', 'SUBSTANTIVE');

-- CreateEnum
CREATE TYPE "ReviewAnswerKind" AS ENUM ('NO_COMMENTS', 'COMMENTS_SUBMITTED', 'OBJECTION');

-- AlterTable
ALTER TABLE "Minutes" ADD COLUMN     "noObjectionDeadline" TIMESTAMP(3),
ADD COLUMN     "noObjectionHaltedAt" TIMESTAMP(3),
ADD COLUMN     "noObjectionOpenedAt" TIMESTAMP(3),
ADD COLUMN     "noObjectionVersion" INTEGER;

-- AlterTable
ALTER TABLE "MinutesVersion" ADD COLUMN     "reviewDeadline" TEXT;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "adoptionMethods" "AdoptionMethod"[] DEFAULT ARRAY['AT_MEETING', 'NO_OBJECTION']::"AdoptionMethod"[],
ADD COLUMN     "reviewVisibility" "ReviewVisibility" NOT NULL DEFAULT 'OWN_ORGANISATION';

-- AlterTable
ALTER TABLE "ReviewComment" ADD COLUMN     "appliedAt" TIMESTAMP(3),
ADD COLUMN     "disposedAt" TIMESTAMP(3),
ADD COLUMN     "disposedByUserId" TEXT,
ADD COLUMN     "kind" "ReviewCommentKind" NOT NULL DEFAULT 'EDITORIAL',
ADD COLUMN     "organisationId" TEXT,
ADD COLUMN     "replacementText" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "MinutesReviewer" (
    "id" TEXT NOT NULL,
    "minutesVersionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesReviewer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewAnswer" (
    "id" TEXT NOT NULL,
    "minutesVersionId" TEXT NOT NULL,
    "groupKey" TEXT NOT NULL,
    "organisationId" TEXT,
    "answer" "ReviewAnswerKind" NOT NULL,
    "reason" TEXT,
    "personId" TEXT,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoChairApproval" (
    "id" TEXT NOT NULL,
    "minutesVersionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "userId" TEXT,
    "approvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoChairApproval_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MinutesReviewer_minutesVersionId_personId_key" ON "MinutesReviewer"("minutesVersionId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewAnswer_minutesVersionId_groupKey_key" ON "ReviewAnswer"("minutesVersionId", "groupKey");

-- CreateIndex
CREATE UNIQUE INDEX "CoChairApproval_minutesVersionId_personId_key" ON "CoChairApproval"("minutesVersionId", "personId");

-- AddForeignKey
ALTER TABLE "MinutesReviewer" ADD CONSTRAINT "MinutesReviewer_minutesVersionId_fkey" FOREIGN KEY ("minutesVersionId") REFERENCES "MinutesVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesReviewer" ADD CONSTRAINT "MinutesReviewer_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAnswer" ADD CONSTRAINT "ReviewAnswer_minutesVersionId_fkey" FOREIGN KEY ("minutesVersionId") REFERENCES "MinutesVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoChairApproval" ADD CONSTRAINT "CoChairApproval_minutesVersionId_fkey" FOREIGN KEY ("minutesVersionId") REFERENCES "MinutesVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

