-- Bilingual record fields (issue 12): a programme's record is kept in one language (recordLanguage),
-- and each text the outputs use may also be given in the other language; the outputs in a language
-- use that wording where recorded and quote the recorded text only where it is missing.

ALTER TABLE "Programme" ADD COLUMN "recordLanguage" TEXT NOT NULL DEFAULT 'en',
  ADD COLUMN "descriptionTranslation" TEXT,
  ADD COLUMN "nationalFrameworkTranslation" TEXT;
ALTER TABLE "Meeting" ADD COLUMN "purposeTranslation" TEXT;
ALTER TABLE "Remark" ADD COLUMN "summaryTranslation" TEXT,
  ADD COLUMN "quoteTranslation" TEXT;
ALTER TABLE "Decision" ADD COLUMN "textTranslation" TEXT;
ALTER TABLE "ActionItem" ADD COLUMN "titleTranslation" TEXT;
ALTER TABLE "CoChair" ADD COLUMN "capacityTranslation" TEXT;
ALTER TABLE "Person" ADD COLUMN "positionTranslation" TEXT;
