// Table primitives: real <table> markup so screen readers announce rows and headers; rows that
// open a record, and columns a phone leaves out (their content repeated under the row's title).
import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";

// Their styles are the ui-* classes in app/globals.css.

/**
 * A table that scrolls sideways on a narrow screen; its scrolling box takes keyboard focus (Tab,
 * then arrow keys), so it can be read without a mouse.
 */
export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div tabIndex={0} className="ui-table-box">
      <table className={cn("w-full text-left text-sm", className)} {...props} />
    </div>
  );
}
export function THead(props: ComponentProps<"thead">) {
  return (
    <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase text-slate-600" {...props} />
  );
}
export function TBody(props: ComponentProps<"tbody">) {
  return <tbody className="divide-y divide-slate-100" {...props} />;
}
export function Th({ className, ...props }: ComponentProps<"th">) {
  return <th scope="col" className={cn("ui-th", className)} {...props} />;
}
export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("ui-td", className)} {...props} />;
}

/**
 * A row that opens a record: hover shows it, and the whole row is the link in its first cell
 * (RowLink) — a real link for the keyboard and screen readers, stretched over the row in CSS.
 * Other links or buttons in the row need `relative z-10` to stay clickable above it.
 */
export function TRow({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("ui-row", className)} {...props} />;
}

/** The link of a TRow: its box covers the row, and its focus ring outlines the row. */
export function RowLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link className={cn("ui-row-link", className)} {...props} />;
}

/** A column left out on a phone (below 640 px): put what it shows in the first cell's NarrowOnly. */
export const WIDE_ONLY = "hidden sm:table-cell";

/** What the columns left out on a phone show, under the title in the row's first cell. */
export function NarrowOnly({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn("ui-narrow", className)}>{children}</div>;
}

type TColumn = string | { label: string; className?: string };

/** The head of a table whose columns are plain labels (a class for a number's column, say). */
export function THeadRow({ columns }: { columns: TColumn[] }) {
  return (
    <THead>
      <tr>
        {columns.map((c) =>
          typeof c === "string" ? (
            <Th key={c}>{c}</Th>
          ) : (
            <Th key={c.label} className={c.className}>
              {c.label}
            </Th>
          ),
        )}
      </tr>
    </THead>
  );
}
