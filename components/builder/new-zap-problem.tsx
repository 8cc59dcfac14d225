import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/** Why a /zaps/new link cannot start a zap (an unknown template, trigger or step), and where to go instead. */
export function NewZapProblem({ message }: { message: string }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <Alert>
        {message}{" "}
        <Link href="/zaps/new" className="font-medium underline">
          Start from scratch
        </Link>{" "}
        or{" "}
        <Link href="/templates" className="font-medium underline">
          pick a template
        </Link>
        .
      </Alert>
    </div>
  );
}
