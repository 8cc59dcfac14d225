-- CreateTable
CREATE TABLE "StripeSync" (
    "id" UUID NOT NULL,
    "connectionId" UUID NOT NULL,
    "cursor" TEXT,
    "cursorCreated" INTEGER NOT NULL,
    "leasedBy" TEXT,
    "leaseUntil" TIMESTAMPTZ(3),
    "nextPollAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "nextCatchUpAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastPolledAt" TIMESTAMPTZ(3),
    "lastCatchUpAt" TIMESTAMPTZ(3),
    "lastActiveAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastEventAt" TIMESTAMPTZ(3),
    "lastEventType" TEXT,
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMPTZ(3),
    "pausedReason" TEXT,
    "pausedAt" TIMESTAMPTZ(3),
    "pausedKeyLast4" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StripeSync_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StripeSync_connectionId_key" ON "StripeSync"("connectionId");

-- CreateIndex
CREATE INDEX "StripeSync_nextPollAt_idx" ON "StripeSync"("nextPollAt");

-- AddForeignKey
ALTER TABLE "StripeSync" ADD CONSTRAINT "StripeSync_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

