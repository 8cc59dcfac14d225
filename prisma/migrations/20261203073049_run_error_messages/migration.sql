-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "errorMessage" JSONB;

-- AlterTable
ALTER TABLE "RunAttempt" ADD COLUMN     "errorMessage" JSONB;

-- AlterTable
ALTER TABLE "RunStep" ADD COLUMN     "errorMessage" JSONB;

