// The parts of the meeting page as tabs in the address (?tab=agenda), so each part can be linked,
// reloaded and reached by keyboard like any link; the current one is marked for screen readers.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TabScroller } from "@/components/meeting/tab-scroller";
import { cn } from "@/lib/utils";

export const MEETING_TABS = ["overview", "agenda", "attendance", "record", "minutes"] as const;
export type TMeetingTab = (typeof MEETING_TABS)[number];

/** The tab the address asks for; the overview for none or one that does not exist. */
export function meetingTab(value: string | string[] | undefined): TMeetingTab {
  return MEETING_TABS.find((t) => t === value) ?? "overview";
}

/** The address of a tab of the meeting page. */
export function meetingTabHref(meetingId: string, tab: TMeetingTab): string {
  return tab === "overview" ? `/meetings/${meetingId}` : `/meetings/${meetingId}?tab=${tab}`;
}

type TProps = {
  meetingId: string;
  current: TMeetingTab;
  /** A count beside a tab's name, where there is something to count. */
  counts: Partial<Record<TMeetingTab, number>>;
};

export async function MeetingTabs({ meetingId, current, counts }: TProps) {
  const t = await getTranslations("meetingPage.tabs");
  return (
    // Scrolls sideways on a narrow phone rather than widening the page.
    <TabScroller label={t("label")}>
      <ul className="flex w-max min-w-full whitespace-nowrap border-b border-slate-200">
        {MEETING_TABS.map((tab) => {
          const isCurrent = tab === current;
          const count = counts[tab];
          return (
            <li key={tab}>
              <Link
                href={meetingTabHref(meetingId, tab)}
                scroll={false}
                aria-current={isCurrent ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex items-center gap-1.5 border-b-2 px-3 py-2.5 text-sm font-medium focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700",
                  isCurrent
                    ? "border-blue-800 text-blue-900"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {t(tab)}
                {count ? (
                  <span className="rounded-full bg-slate-100 px-1.5 text-xs tabular-nums text-slate-700">
                    {count}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </TabScroller>
  );
}
