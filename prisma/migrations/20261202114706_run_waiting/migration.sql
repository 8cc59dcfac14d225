-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "nextAttemptAt" TIMESTAMPTZ(3),
ADD COLUMN     "waitingOnConnectionId" UUID;

-- AlterTable
ALTER TABLE "RunAttempt" ADD COLUMN     "delayMs" INTEGER;

-- CreateIndex
CREATE INDEX "Run_waitingOnConnectionId_createdAt_idx" ON "Run"("waitingOnConnectionId", "createdAt");
