// Attendance statistics as tables with captions (what screen readers and exports rely on), with
// CSS bars beside the counts by sex and organisation kind for a reading at a glance.
import { getLocale, getTranslations } from "next-intl/server";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import { toLocale } from "@/i18n/locales";
import type { TAttendanceStats } from "@/lib/attendance/schema";

type TFigure = { label: string; value: number };

type TBarRow = { key: string; label: string; value: number };

function BarTable({
  caption,
  rows,
  total,
  percent,
  columns,
}: {
  caption: string;
  rows: TBarRow[];
  total: number;
  percent: Intl.NumberFormat;
  columns: { category: string; participants: string; share: string };
}) {
  return (
    <Table>
      <caption className="px-4 py-3 text-left text-sm font-semibold text-slate-900">{caption}</caption>
      <THead>
        <tr>
          <Th>{columns.category}</Th>
          <Th className="text-right">{columns.participants}</Th>
          <Th className="w-1/2">{columns.share}</Th>
        </tr>
      </THead>
      <TBody>
        {rows.map((row) => {
          const share = total > 0 ? row.value / total : 0;
          return (
            <tr key={row.key}>
              <Th scope="row" className="font-normal">
                {row.label}
              </Th>
              <Td className="text-right tabular-nums">{row.value}</Td>
              <Td>
                <div className="flex items-center gap-2">
                  <div className="h-3 flex-1 rounded bg-slate-100" aria-hidden="true">
                    <div className="h-3 rounded bg-blue-700" style={{ width: `${share * 100}%` }} />
                  </div>
                  <span className="w-12 text-right text-xs tabular-nums text-slate-700">
                    {percent.format(share)}
                  </span>
                </div>
              </Td>
            </tr>
          );
        })}
      </TBody>
    </Table>
  );
}

export async function AttendanceStats({
  stats,
  extraFigures = [],
}: {
  stats: TAttendanceStats;
  /** Figures only some contexts have, e.g. attendances summed over a programme's meetings. */
  extraFigures?: TFigure[];
}) {
  const [t, locale] = await Promise.all([getTranslations("attendance"), getLocale().then(toLocale)]);
  const percent = new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB", { style: "percent" });
  const columns = {
    category: t("columns.category"),
    participants: t("columns.participants"),
    share: t("columns.share"),
  };
  const figures: TFigure[] = [
    { label: t("figures.participants"), value: stats.participants },
    { label: t("figures.invited"), value: stats.invited },
    { label: t("figures.invitedPresent"), value: stats.invitedPresent },
    { label: t("figures.walkIns"), value: stats.walkIns },
    { label: t("figures.delegates"), value: stats.delegates },
    { label: t("figures.organisations"), value: stats.organisations },
    { label: t("figures.ministries"), value: stats.ministries },
    ...extraFigures,
  ];

  return (
    <section className="space-y-6">
      <p className="text-lg font-semibold text-slate-900">
        {t("headline", { participants: stats.participants, ministries: stats.ministries })}
      </p>
      <dl aria-label={t("figures.caption")} className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {figures.map((f) => (
          <div key={f.label} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
            <dt className="text-xs text-slate-600">{f.label}</dt>
            <dd className="text-2xl font-semibold tabular-nums text-slate-900">{f.value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <BarTable
          caption={t("captions.bySex")}
          rows={stats.bySex.map((s) => ({ key: s.sex, label: t(`sex.${s.sex}`), value: s.participants }))}
          total={stats.participants}
          percent={percent}
          columns={columns}
        />
        <BarTable
          caption={t("captions.byOrganisationKind")}
          rows={stats.byOrganisationKind.map((k) => ({
            key: k.kind,
            label: t(`kind.${k.kind}`),
            value: k.participants,
          }))}
          total={stats.participants}
          percent={percent}
          columns={columns}
        />
      </div>
      <Table>
        <caption className="px-4 py-3 text-left text-sm font-semibold text-slate-900">
          {t("captions.byRole")}
        </caption>
        <THead>
          <tr>
            <Th>{columns.category}</Th>
            <Th className="text-right">{columns.participants}</Th>
          </tr>
        </THead>
        <TBody>
          {stats.byRole.map((r) => (
            <tr key={r.role}>
              <Th scope="row" className="font-normal">
                {t(`role.${r.role}`)}
              </Th>
              <Td className="text-right tabular-nums">{r.participants}</Td>
            </tr>
          ))}
        </TBody>
      </Table>
      {stats.byOrganisation.length > 0 ? (
        <Table>
          <caption className="px-4 py-3 text-left text-sm font-semibold text-slate-900">
            {t("captions.byOrganisation")}
          </caption>
          <THead>
            <tr>
              <Th>{t("columns.organisation")}</Th>
              <Th>{t("columns.kind")}</Th>
              <Th className="text-right">{t("columns.invited")}</Th>
              <Th className="text-right">{columns.participants}</Th>
            </tr>
          </THead>
          <TBody>
            {stats.byOrganisation.map((o) => (
              <tr key={o.id}>
                <Th scope="row" className="font-normal">
                  {o.name}
                  {o.acronym ? <span className="text-slate-600"> ({o.acronym})</span> : null}
                </Th>
                <Td>{t(`kind.${o.kind}`)}</Td>
                <Td className="text-right tabular-nums">{o.invited}</Td>
                <Td className="text-right tabular-nums">{o.participants}</Td>
              </tr>
            ))}
          </TBody>
        </Table>
      ) : null}
    </section>
  );
}
