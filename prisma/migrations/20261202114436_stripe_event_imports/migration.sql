-- AlterTable
ALTER TABLE "Run" ADD COLUMN "isImported" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "StripeEventImport" (
    "id" UUID NOT NULL,
    "zapId" UUID NOT NULL,
    "rangeStart" TIMESTAMPTZ(3) NOT NULL,
    "rangeEnd" TIMESTAMPTZ(3) NOT NULL,
    "status" TEXT NOT NULL,
    "total" INTEGER,
    "alreadyRun" INTEGER,
    "notMatching" INTEGER,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "StripeEventImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StripeEventImport_zapId_createdAt_idx" ON "StripeEventImport"("zapId", "createdAt");

-- CreateIndex
CREATE INDEX "StripeEvent_connectionId_receivedAt_idx" ON "StripeEvent"("connectionId", "receivedAt");

-- AddForeignKey
ALTER TABLE "StripeEventImport" ADD CONSTRAINT "StripeEventImport_zapId_fkey" FOREIGN KEY ("zapId") REFERENCES "Zap"("id") ON DELETE CASCADE ON UPDATE CASCADE;
