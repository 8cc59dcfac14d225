-- DropIndex
DROP INDEX "Run_zapId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Run_zapId_createdAt_id_idx" ON "Run"("zapId", "createdAt", "id");

