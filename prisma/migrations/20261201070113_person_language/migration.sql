-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';

-- Only the languages Notulen writes in.
ALTER TABLE "Person" ADD CONSTRAINT "Person_language_check" CHECK ("language" IN ('en', 'id'));
