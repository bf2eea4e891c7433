// A titled part of a page: its heading names it for screen readers, an optional line under the
// heading says what it is for, and a boxed one stands out as a panel.
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

type TProps = {
  /** The heading's id, which names the section. */
  id: string;
  title: ReactNode;
  intro?: ReactNode;
  isBoxed?: boolean;
  className?: string;
  children?: ReactNode;
};

export function Section({ id, title, intro, isBoxed = false, className, children }: TProps) {
  return (
    <section
      aria-labelledby={id}
      className={cn("space-y-2", isBoxed && "rounded-lg border border-slate-200 bg-white p-4", className)}
    >
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {intro ? <p className="text-sm text-slate-600">{intro}</p> : null}
      {children}
    </section>
  );
}
