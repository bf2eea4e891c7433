// Previous / next for a list paged in the browser (search results, the register): which page is
// shown, and buttons that are disabled at either end.
"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

type TProps = {
  label: string;
  /** The page asked for (it may still be loading). */
  page: number;
  /** The page on screen and how many there are. */
  shown: { page: number; pageCount: number };
  onPage: (page: number) => void;
  /** "21–40 of 134", on the left. */
  summary?: string;
};

export function Pager({ label, page, shown, onPage, summary }: TProps) {
  const tc = useTranslations("common");
  return (
    <nav
      aria-label={label}
      className={cn("flex items-center text-sm text-slate-700", summary ? "justify-between" : "justify-end")}
    >
      {summary ? <p>{summary}</p> : null}
      <div className="flex items-center gap-2">
        <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {tc("previous")}
        </Button>
        <span aria-current="page">{tc("pageOf", { page: shown.page, pages: shown.pageCount })}</span>
        <Button
          variant="secondary"
          size="sm"
          disabled={page >= shown.pageCount}
          onClick={() => onPage(page + 1)}
        >
          {tc("next")}
        </Button>
      </div>
    </nav>
  );
}
