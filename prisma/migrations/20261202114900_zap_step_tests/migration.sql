-- AlterTable
ALTER TABLE "Zap" ADD COLUMN "stepTests" JSONB;
