-- AlterTable: how each saved scenario's replay ends, computed by the app at every save.
ALTER TABLE "scenario" ADD COLUMN "outcome" TEXT;

-- Prisma does not model CHECK constraints: this one keeps the column to core's four outcomes.
ALTER TABLE "scenario" ADD CONSTRAINT "scenario_outcome_check"
  CHECK ("outcome" IN ('open', 'stopped-out', 'took-profit', 'liquidated'));
