// The agenda of a meeting as a table: order, item, presenter, planned time; under "Matters arising"
// the open action items of earlier meetings.
import { getLocale, getTranslations } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { Table, TBody, Td, THeadRow } from "@/components/ui/table";
import type { TMatterArising } from "@/lib/agenda/schema";
import { meetingName } from "@/lib/meeting/facts";
import type { TMeetingDetail } from "@/lib/meeting/schema";

export async function MeetingAgenda({
  items,
  mattersArising = [],
}: {
  items: TMeetingDetail["agendaItems"];
  mattersArising?: TMatterArising[];
}) {
  const t = await getTranslations("meeting.agenda");
  const locale = toLocale(await getLocale());
  return (
    <Section id="agenda" title={t("title")}>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <Table>
          <THeadRow
            columns={[
              { label: t("order"), className: "w-12" },
              t("item"),
              t("presenter"),
              { label: t("planned"), className: "w-24" },
            ]}
          />
          <TBody>
            {items.map((item, index) => (
              <tr key={item.id}>
                <Td>{index + 1}</Td>
                <Td>
                  <p>{item.title}</p>
                  {item.kind === "REGULAR" ? null : <Badge className="mt-1">{t("generated")}</Badge>}
                  {item.kind === "MATTERS_ARISING" ? (
                    mattersArising.length === 0 ? (
                      <p className="mt-1 text-sm text-slate-600">{t("mattersArising.empty")}</p>
                    ) : (
                      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
                        {mattersArising.map((a) => (
                          <li key={a.id}>
                            <span className="font-mono text-slate-600">{a.reference}</span> {a.title}{" "}
                            <span className="text-slate-600">
                              (
                              {[
                                t(`mattersArising.status.${a.status}`),
                                a.owner,
                                a.dueDate ? t("mattersArising.due", { date: a.dueDate }) : null,
                                t("mattersArising.from", {
                                  ordinal: meetingName(a.meeting.kind, a.meeting.sequenceNumber, locale),
                                }),
                              ]
                                .filter(Boolean)
                                .join(", ")}
                              )
                            </span>
                          </li>
                        ))}
                      </ul>
                    )
                  ) : null}
                </Td>
                <Td>{item.presenter?.name ?? "—"}</Td>
                <Td>{item.plannedMinutes ? t("plannedMinutes", { n: item.plannedMinutes }) : "—"}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </Section>
  );
}
