// Table primitives: real <table> markup so screen readers announce rows and headers.
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

/**
 * A table that scrolls sideways on a narrow screen; its scrolling box takes keyboard focus (Tab,
 * then arrow keys), so it can be read without a mouse.
 */
export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div
      tabIndex={0}
      className="w-full overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-700"
    >
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
  return <th scope="col" className={cn("px-4 py-3 font-semibold", className)} {...props} />;
}
export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("px-4 py-3 align-top text-slate-800", className)} {...props} />;
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
