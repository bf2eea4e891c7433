-- Adoption of minutes (issue 10): the three adoption methods, the adopted version, and the official
-- PDF/DOCX rendered once at adoption and stored with their SHA-256.

-- A written procedure is adopted by no objection; the co-chairs' approval is the third way.
ALTER TYPE "AdoptionMethod" RENAME VALUE 'WRITTEN_PROCEDURE' TO 'NO_OBJECTION';
ALTER TYPE "AdoptionMethod" ADD VALUE 'CO_CHAIRS';

-- CreateEnum
CREATE TYPE "MinutesFileFormat" AS ENUM ('PDF', 'DOCX');

-- AlterTable
ALTER TABLE "Minutes" ADD COLUMN     "adoptedVersionId" TEXT;

-- CreateTable
CREATE TABLE "MinutesFile" (
    "id" TEXT NOT NULL,
    "minutesId" TEXT NOT NULL,
    "format" "MinutesFileFormat" NOT NULL,
    "locale" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MinutesFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MinutesFile_sha256_idx" ON "MinutesFile"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "MinutesFile_minutesId_format_locale_key" ON "MinutesFile"("minutesId", "format", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "Minutes_adoptedVersionId_key" ON "Minutes"("adoptedVersionId");

-- CreateIndex
CREATE INDEX "Minutes_fingerprint_idx" ON "Minutes"("fingerprint");

-- AddForeignKey
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_adoptedVersionId_fkey" FOREIGN KEY ("adoptedVersionId") REFERENCES "MinutesVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MinutesFile" ADD CONSTRAINT "MinutesFile_minutesId_fkey" FOREIGN KEY ("minutesId") REFERENCES "Minutes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
