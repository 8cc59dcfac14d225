import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";

/** Why a /zaps/new link cannot start a zap (an unknown template, trigger or step), and where to go instead. */
export function NewZapProblem({ message }: { message: string }) {
  const t = useTranslations();
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <Alert>
        {t.rich("builder.newZapProblem", {
          message,
          scratch: (chunks) => (
            <Link href="/zaps/new" className="font-medium underline">
              {chunks}
            </Link>
          ),
          templates: (chunks) => (
            <Link href="/templates" className="font-medium underline">
              {chunks}
            </Link>
          ),
        })}
      </Alert>
    </div>
  );
}
