-- AlterTable
ALTER TABLE "Run" ADD COLUMN     "retryWindowAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "retryWindowStartedAt" TIMESTAMPTZ(3);

-- A run that ended FAILED while a step it must not repeat unasked was being sent (or its outcome was
-- unknown) waits for its owner instead, as such runs now do: a replay would have sent the step again.
UPDATE "RunStep" s
SET "status" = 'UNKNOWN', "finishedAt" = coalesce(s."finishedAt", now()),
    "error" = coalesce(s."error", 'The run stopped while this request was being sent; it may or may not have been received.')
FROM "Run" r
WHERE r."id" = s."runId" AND r."status" = 'FAILED' AND s."status" = 'RUNNING';

UPDATE "Run" r
SET "status" = 'NEEDS_ATTENTION'
WHERE r."status" = 'FAILED' AND EXISTS (SELECT 1 FROM "RunStep" s WHERE s."runId" = r."id" AND s."status" = 'UNKNOWN');
