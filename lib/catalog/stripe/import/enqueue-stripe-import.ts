import { db } from "@/lib/db";
import { importsQueue } from "@/lib/queue/imports-queue";

/** Hands an import's current phase to the worker; when Redis does not take it, the import fails with what to do. */
export async function enqueueStripeImport({ importId, phase }: { importId: string; phase: "count" | "import" }): Promise<boolean> {
  try {
    await importsQueue().add(
      phase,
      { importId },
      {
        jobId: `${importId}-${phase}`,
        attempts: 3,
        backoff: { type: "exponential", delay: 5_000 },
        removeOnComplete: { age: 3_600 },
        removeOnFail: { age: 7 * 24 * 3_600 },
      },
    );
    return true;
  } catch {
    await db.stripeEventImport.update({
      where: { id: importId },
      data: {
        status: "failed",
        error: "Conduit could not hand the import to its worker (Redis did not answer). Try again in a moment.",
        finishedAt: new Date(),
      },
    });
    return false;
  }
}
