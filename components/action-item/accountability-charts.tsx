// The accountability page's two charts (recharts, drawn in the browser). Each is a picture of the
// table beside it: named as an image for screen readers, which read the table instead; no
// keyboard layer of its own, so Tab goes from table to table.
"use client";
import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLOURS = {
  overdue: "#b91c1c",
  openNotOverdue: "#1d4ed8",
  doneOnTime: "#047857",
  doneLate: "#b45309",
  raised: "#1d4ed8",
  closed: "#047857",
} as const;

export type TOrganisationBar = {
  label: string;
  overdue: number;
  openNotOverdue: number;
  doneOnTime: number;
  doneLate: number;
};

export type TMeetingBar = { label: string; raised: number; closed: number };

function Figure({
  label,
  height,
  children,
}: {
  label: string;
  height: number;
  children: React.ReactElement;
}) {
  return (
    <figure className="min-w-0 rounded-lg border border-slate-200 bg-white p-3 print:break-inside-avoid">
      <div role="img" aria-label={label} style={{ height }} className="w-full text-xs">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export function OrganisationChart({ rows }: { rows: TOrganisationBar[] }) {
  const t = useTranslations("actionAccountability.byOrganisation");
  return (
    <Figure label={t("chartLabel")} height={Math.max(160, rows.length * 36 + 80)}>
      <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={96} interval={0} />
        <Tooltip />
        <Legend />
        {(["overdue", "openNotOverdue", "doneOnTime", "doneLate"] as const).map((key) => (
          <Bar
            key={key}
            dataKey={key}
            name={t(key)}
            stackId="items"
            fill={COLOURS[key]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </Figure>
  );
}

export function MeetingChart({ rows }: { rows: TMeetingBar[] }) {
  const t = useTranslations("actionAccountability.byMeeting");
  return (
    <Figure label={t("chartLabel")} height={260}>
      <BarChart data={rows} margin={{ left: 0, right: 16 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} width={40} />
        <Tooltip />
        <Legend />
        {(["raised", "closed"] as const).map((key) => (
          <Bar key={key} dataKey={key} name={t(key)} fill={COLOURS[key]} isAnimationActive={false} />
        ))}
      </BarChart>
    </Figure>
  );
}
