// "Not found" — also what a user sees for a page they may not open (same answer, by design).
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-blue-900">404</p>
      <h1 className="mt-2 text-2xl font-semibold">{t("notFound")}</h1>
      <p className="mt-2 text-slate-600">{t("notFoundText")}</p>
      <Link href="/meetings" className={`${buttonVariants({ variant: "secondary" })} mt-6`}>
        {t("backHome")}
      </Link>
    </main>
  );
}
