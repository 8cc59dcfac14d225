-- CreateIndex
CREATE INDEX "Run_eventId_idx" ON "Run"("eventId");

