-- DropForeignKey
ALTER TABLE "Run" DROP CONSTRAINT "Run_zapVersionId_fkey";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "runsSeenAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Zap" ADD COLUMN     "deletedAt" TIMESTAMPTZ(3),
ADD COLUMN     "failuresSeenAt" TIMESTAMPTZ(3),
ADD COLUMN     "sampleEvent" JSONB;

-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "draftDefinition" JSONB,
ADD COLUMN     "lockedBy" TEXT,
ADD COLUMN     "lockedUntil" TIMESTAMPTZ(3),
ADD COLUMN     "notifiedAt" TIMESTAMPTZ(3),
ALTER COLUMN "zapVersionId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "RunStep" ADD COLUMN     "request" JSONB;

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_zapVersionId_fkey" FOREIGN KEY ("zapVersionId") REFERENCES "ZapVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

