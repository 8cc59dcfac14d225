-- DropIndex
DROP INDEX "Run_zapId_eventId_key";

-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "replayNumber" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "replayOfId" UUID;

-- CreateIndex
CREATE INDEX "Run_replayOfId_idx" ON "Run"("replayOfId");

-- CreateIndex
CREATE UNIQUE INDEX "Run_zapId_eventId_replayNumber_key" ON "Run"("zapId", "eventId", "replayNumber");

-- AddForeignKey
ALTER TABLE "Run" ADD CONSTRAINT "Run_replayOfId_fkey" FOREIGN KEY ("replayOfId") REFERENCES "Run"("id") ON DELETE SET NULL ON UPDATE CASCADE;

