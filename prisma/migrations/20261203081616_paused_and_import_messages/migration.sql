-- AlterTable
ALTER TABLE "StripeSync" ADD COLUMN     "lastErrorMessage" JSONB,
ADD COLUMN     "pausedReasonMessage" JSONB;

-- AlterTable
ALTER TABLE "Zap" ADD COLUMN     "pausedReasonMessage" JSONB;

-- AlterTable
ALTER TABLE "StripeEventImport" ADD COLUMN     "errorMessage" JSONB;

