-- AlterEnum
ALTER TYPE "RunStatus" ADD VALUE 'NEEDS_ATTENTION';

-- AlterEnum
ALTER TYPE "RunStepStatus" ADD VALUE 'UNKNOWN';

-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "failedPermanently" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "RunStep" ADD COLUMN     "confirmedAt" TIMESTAMPTZ(3),
ADD COLUMN     "history" JSONB NOT NULL DEFAULT '[]';
