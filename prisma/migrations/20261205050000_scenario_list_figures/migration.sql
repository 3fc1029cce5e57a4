-- AlterTable: the gallery card's figures, computed by the app at every save beside the outcome
-- (rows saved before this get them from the seed's backfill at the next start).
ALTER TABLE "scenario" ADD COLUMN "liquidationPrice" TEXT,
ADD COLUMN "sparkline" JSONB;
