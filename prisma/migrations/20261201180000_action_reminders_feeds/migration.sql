-- Reminders, digests and feeds of action items (issue 11): a personal calendar feed is a link of the
-- one link model (purpose CALENDAR_FEED), and a person may stop the weekly digests.

ALTER TYPE "LinkPurpose" ADD VALUE 'CALENDAR_FEED';

ALTER TABLE "Person" ADD COLUMN     "digestOptOutAt" TIMESTAMP(3);
