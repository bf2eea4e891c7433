// On a phone the meeting page's tabs scroll sideways: this brings the current tab into view when
// the page opens, so "Minutes" is not chosen but hidden off the edge.
"use client";
import { useEffect, useRef, type ReactNode } from "react";

export function TabScroller({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const nav = ref.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !current) return;
    // Sideways only, the page itself does not move (the nav is the links' offset parent).
    nav.scrollLeft = current.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
  });
  return (
    <nav ref={ref} aria-label={label} className="relative overflow-x-auto">
      {children}
    </nav>
  );
}
