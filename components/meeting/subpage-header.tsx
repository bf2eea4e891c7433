// The head of a meeting's own pages (invite, register, capture, outputs, agenda, edit): the way
// back, the page's title, and which meeting it is.
import type { ReactNode } from "react";
import { BackLink } from "@/components/ui/back-link";
import { cn } from "@/lib/utils";

type TProps = {
  back: { href: string; label: string };
  title: string;
  /** Which meeting: its name, title or date. */
  subtitle?: ReactNode;
  className?: string;
  children?: ReactNode;
};

export function SubpageHeader({ back, title, subtitle, className, children }: TProps) {
  return (
    <header className={cn("space-y-1", className)}>
      <BackLink href={back.href}>{back.label}</BackLink>
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      {subtitle ? <p className="text-sm text-slate-600">{subtitle}</p> : null}
      {children}
    </header>
  );
}

type TSubpageProps = {
  meeting: { id: string; title: string };
  /** The back link's text; it leads to the meeting unless `backHref` says where. */
  back: string;
  backHref?: string;
  title: string;
  /** Under the title; the meeting's title unless given. */
  subtitle?: ReactNode;
  /** More links under the header. */
  aside?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** A whole page of one meeting's work (invite, register, capture): its header, then the work. */
export function MeetingSubpage({
  meeting,
  back,
  backHref,
  title,
  subtitle,
  aside,
  className,
  children,
}: TSubpageProps) {
  return (
    <section className={cn("space-y-6", className)}>
      <SubpageHeader
        back={{ href: backHref ?? `/meetings/${meeting.id}`, label: back }}
        title={title}
        subtitle={subtitle ?? meeting.title}
      >
        {aside}
      </SubpageHeader>
      {children}
    </section>
  );
}
