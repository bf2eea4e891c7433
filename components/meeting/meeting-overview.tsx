// The meeting page's overview: where it takes place and why, the co-chairs, and the meeting at a
// glance — each line a link to its tab, in words where there is nothing yet to count.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { meetingTabHref, type TMeetingTab } from "@/components/meeting/meeting-tabs";
import { Section } from "@/components/ui/section";
import { hasBeenHeld } from "@/lib/meeting/status";
import { isWebLink } from "@/lib/meeting/online-url";
import type { TMeetingDetail } from "@/lib/meeting/schema";

type TProps = {
  meeting: TMeetingDetail;
  decisions: number;
  actions: { total: number; open: number };
};

export async function MeetingOverview({ meeting: m, decisions, actions }: TProps) {
  const [t, tPage] = await Promise.all([getTranslations("meeting"), getTranslations("meetingPage")]);
  const isHeld = hasBeenHeld(m.status);
  const participants =
    isHeld && m.counts.present > 0
      ? tPage("overview.present", { present: m.counts.present, invited: m.counts.invited })
      : isHeld
        ? tPage("overview.noAttendance")
        : tPage("overview.invited", { n: m.counts.invited });
  const glance: { tab: TMeetingTab; label: string; value: string }[] = [
    {
      tab: "agenda",
      label: tPage("tabs.agenda"),
      value: tPage("overview.agenda", { n: m.agendaItems.length }),
    },
    { tab: "attendance", label: tPage("tabs.attendance"), value: participants },
  ];
  // Before the meeting there is nothing decided yet to count; whatever was captured early still shows.
  if (isHeld || decisions + actions.total > 0) {
    glance.push({
      tab: "record",
      label: tPage("tabs.record"),
      value: [
        tPage("overview.decisions", { n: decisions }),
        actions.total > 0
          ? `${tPage("overview.actions", { n: actions.total })} (${tPage("overview.actionsOpen", { n: actions.open })})`
          : tPage("overview.actions", { n: 0 }),
      ].join(" · "),
    });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Section id="at-a-glance" title={tPage("overview.glance")} className="lg:order-last">
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {glance.map((g) => (
            <li key={g.tab}>
              <Link
                href={meetingTabHref(m.id, g.tab)}
                scroll={false}
                className="block px-4 py-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700"
              >
                <span className="block text-xs font-medium text-slate-600">{g.label}</span>
                <span className="block text-sm font-medium text-slate-900">{g.value}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Section>

      <div className="space-y-6 lg:col-span-2">
        <Section id="details" title={tPage("overview.details")}>
          <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
            <div>
              <dt className="text-xs font-medium text-slate-600">{t("where")}</dt>
              <dd>{m.venue ?? (m.onlineUrl ? null : t("noVenue"))}</dd>
              {m.onlineUrl ? (
                <dd>
                  {isWebLink(m.onlineUrl) ? (
                    <a
                      href={m.onlineUrl}
                      className="text-blue-800 underline"
                      rel="noopener noreferrer"
                      target="_blank"
                    >
                      {t("joinOnline")}
                    </a>
                  ) : (
                    <span className="break-all">{m.onlineUrl}</span>
                  )}
                </dd>
              ) : null}
            </div>
            {m.purpose ? (
              <div className="sm:col-span-2">
                <dt className="text-xs font-medium text-slate-600">{t("purpose")}</dt>
                <dd className="whitespace-pre-line">{m.purpose}</dd>
              </div>
            ) : null}
          </dl>
        </Section>

        <Section id="co-chairs" title={t("coChairs.title")}>
          {m.coChairs.length === 0 ? (
            <p className="text-sm text-slate-600">{t("coChairs.empty")}</p>
          ) : (
            <ul className="grid gap-3 sm:grid-cols-2">
              {m.coChairs.map((c) => (
                <li key={c.personId} className="rounded-lg border border-slate-200 bg-white p-4">
                  <p className="font-medium">{c.name}</p>
                  <p className="text-sm text-slate-700">
                    {[c.position, c.organisation?.name].filter(Boolean).join(", ")}
                  </p>
                  <p className="mt-1 text-sm italic text-slate-600">{c.capacity}</p>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </div>
  );
}
