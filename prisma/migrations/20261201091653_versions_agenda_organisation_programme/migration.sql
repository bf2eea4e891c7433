-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Programme" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
