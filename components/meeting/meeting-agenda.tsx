// The agenda of a meeting as a table: order, item, presenter, planned time.
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import type { TMeetingDetail } from "@/lib/meeting/schema";

export async function MeetingAgenda({ items }: { items: TMeetingDetail["agendaItems"] }) {
  const t = await getTranslations("meeting.agenda");
  return (
    <section aria-labelledby="agenda" className="space-y-2">
      <h2 id="agenda" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <Table>
          <THead>
            <tr>
              <Th className="w-12">{t("order")}</Th>
              <Th>{t("item")}</Th>
              <Th>{t("presenter")}</Th>
              <Th className="w-24">{t("planned")}</Th>
            </tr>
          </THead>
          <TBody>
            {items.map((item, index) => (
              <tr key={item.id}>
                <Td>{index + 1}</Td>
                <Td>
                  <p>{item.title}</p>
                  {item.kind === "REGULAR" ? null : <Badge className="mt-1">{t("generated")}</Badge>}
                </Td>
                <Td>{item.presenter?.name ?? "—"}</Td>
                <Td>{item.plannedMinutes ? t("plannedMinutes", { n: item.plannedMinutes }) : "—"}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      )}
    </section>
  );
}
