import { db } from "@/lib/db";
import { englishText, said } from "@/lib/i18n/user-message";
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
    const message = said("imports.errors.notQueued");
    await db.stripeEventImport.update({
      where: { id: importId },
      data: { status: "failed", error: englishText(message), errorMessage: message, finishedAt: new Date() },
    });
    return false;
  }
}
