import Link from "next/link";
import { useTranslations } from "next-intl";
import { Logo } from "@/components/shell/logo";
import { NavLinks } from "@/components/shell/nav-links";
import { UserMenu } from "@/components/shell/user-menu";

export function AppHeader({ email, name, demo = false }: { email: string; name: string | null; demo?: boolean }) {
  const t = useTranslations();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 sm:gap-x-6 px-4 py-3 sm:px-6">
        <Link href="/zaps" aria-label={t("shell.home")} className="rounded">
          <Logo />
        </Link>
        <NavLinks demo={demo} />
        <div className="ml-auto">
          <UserMenu email={email} name={name} />
        </div>
      </div>
    </header>
  );
}
