// Server-side pagination links (?page=N): work without JavaScript and with the keyboard.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/utils";
import { buttonVariants } from "./button";

type TProps = { basePath: string; page: number; pageCount: number; pageSize: number; total: number };

export async function Pagination({ basePath, page, pageCount, pageSize, total }: TProps) {
  const t = await getTranslations("common");
  if (total === 0) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  // A basePath with a query (a list's filter) keeps it on every page.
  const href = (p: number) =>
    p === 1 ? basePath : `${basePath}${basePath.includes("?") ? "&" : "?"}page=${p}`;
  return (
    <nav
      aria-label={t("pagination")}
      className="mt-4 flex items-center justify-between text-sm text-slate-700"
    >
      <p>{t("showing", { from, to, total })}</p>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Link
            className={cn(buttonVariants({ variant: "secondary", size: "sm" }))}
            href={href(page - 1)}
            rel="prev"
          >
            {t("previous")}
          </Link>
        ) : null}
        <span aria-current="page">{t("pageOf", { page, pages: pageCount })}</span>
        {page < pageCount ? (
          <Link
            className={cn(buttonVariants({ variant: "secondary", size: "sm" }))}
            href={href(page + 1)}
            rel="next"
          >
            {t("next")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
