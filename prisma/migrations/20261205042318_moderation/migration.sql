-- Moderation: report a public scenario, review by administrators (role set from the command line).

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('USER', 'ADMIN');

-- CreateEnum
CREATE TYPE "ModerationState" AS ENUM ('VISIBLE', 'PENDING_REVIEW', 'HIDDEN');

-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('SPAM', 'OFFENSIVE', 'MISLEADING', 'PERSONAL_INFORMATION', 'OTHER');

-- AlterTable
ALTER TABLE "scenario" ADD COLUMN     "moderatedAt" TIMESTAMP(3),
ADD COLUMN     "moderatedById" TEXT,
ADD COLUMN     "moderationState" "ModerationState" NOT NULL DEFAULT 'VISIBLE';

-- AlterTable
ALTER TABLE "user" ADD COLUMN     "role" "UserRole" NOT NULL DEFAULT 'USER';

-- CreateTable
CREATE TABLE "scenario_report" (
    "id" UUID NOT NULL,
    "scenarioId" UUID NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" "ReportReason" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedAt" TIMESTAMP(3),

    CONSTRAINT "scenario_report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "scenario_report_reporterId_idx" ON "scenario_report"("reporterId");

-- CreateIndex
CREATE UNIQUE INDEX "scenario_report_scenarioId_reporterId_key" ON "scenario_report"("scenarioId", "reporterId");

-- CreateIndex
CREATE INDEX "scenario_moderationState_idx" ON "scenario"("moderationState");

-- AddForeignKey
ALTER TABLE "scenario" ADD CONSTRAINT "scenario_moderatedById_fkey" FOREIGN KEY ("moderatedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scenario_report" ADD CONSTRAINT "scenario_report_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scenario_report" ADD CONSTRAINT "scenario_report_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Prisma does not model CHECK constraints: a report's note is at most 500 characters, as the API refuses.
ALTER TABLE "scenario_report" ADD CONSTRAINT "scenario_report_note_length_check" CHECK (char_length("note") <= 500);
