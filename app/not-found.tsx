import Link from "next/link";
import { connection } from "next/server";

export default async function NotFound() {
  // Rendered per request, like every page, so its scripts carry the CSP nonce (proxy.ts).
  await connection();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">Page not found</h1>
      <p className="text-sm text-slate-600">The page you asked for does not exist, or it is not yours to see.</p>
      <Link href="/zaps" className="text-sm font-medium text-brand-600 hover:text-brand-700">
        Go to your zaps
      </Link>
    </main>
  );
}
