// The register's filter: a plain GET form, so the filter lives in the address (shareable, works
// without JavaScript and with the keyboard). Sorting is kept; the page goes back to the first.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { controlClass, selectClass } from "@/components/ui/control-class";
import type { TLocale } from "@/i18n/locales";
import { ACTION_STATUSES } from "@/lib/action-item/schema";
import type { TActionRegisterQuery } from "@/lib/action-item/register-schema";
import type { MeetingKind } from "@/lib/generated/prisma/enums";
import { meetingName } from "@/lib/meeting/facts";

export type TRegisterOptions = {
  programmes: { id: string; title: string }[];
  meetings: { id: string; kind: MeetingKind; sequenceNumber: number; title: string }[];
  /** Only the most recent meetings are offered: choosing a programme lists all of its. */
  isTruncated: boolean;
  organisations: { id: string; name: string; acronym: string | null; depth: number }[];
};

const labelClass = "text-sm font-medium text-slate-800";

export async function RegisterFilter({
  query,
  options,
  locale,
}: {
  query: TActionRegisterQuery;
  options: TRegisterOptions;
  locale: TLocale;
}) {
  const t = await getTranslations("actionRegister");
  // Several statuses (a shared link, the API's form) stay one choice of the select.
  const status = query.status?.join(",") ?? "";
  const statusChoices: [string, string][] = ACTION_STATUSES.map((s) => [s, t(`status.${s}`)]);
  if ((query.status?.length ?? 0) > 1) {
    statusChoices.push([status, query.status!.map((s) => t(`status.${s}`)).join(", ")]);
  }
  const select = (id: string, label: string, value: string | undefined, choices: [string, string][]) => (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={selectClass}>
        <option value="">{t("filter.any")}</option>
        {choices.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      action="/actions"
      aria-labelledby="register-filter-heading"
      className="mb-6 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="register-filter-heading" className="mb-3 text-base font-semibold text-slate-900">
        {t("filter.heading")}
      </h2>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {select(
          "programmeId",
          t("filter.programme"),
          query.programmeId,
          options.programmes.map((p) => [p.id, p.title]),
        )}
        <div className="min-w-0 space-y-1">
          {select(
            "meetingId",
            t("filter.meeting"),
            query.meetingId,
            options.meetings.map((m) => [
              m.id,
              `${meetingName(m.kind, m.sequenceNumber, locale)} — ${m.title}`,
            ]),
          )}
          {options.isTruncated ? (
            <p className="text-xs text-slate-600">
              {t("filter.meetingHint", { count: options.meetings.length })}
            </p>
          ) : null}
        </div>
        <div className="min-w-0 space-y-1">
          <label htmlFor="organisationId" className={labelClass}>
            {t("filter.organisation")}
          </label>
          <select
            id="organisationId"
            name="organisationId"
            defaultValue={query.organisationId ?? ""}
            aria-describedby="organisationId-hint"
            className={selectClass}
          >
            <option value="">{t("filter.any")}</option>
            {options.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {`${"\u00a0\u00a0".repeat(o.depth)}${o.acronym ? `${o.acronym} — ${o.name}` : o.name}`}
              </option>
            ))}
          </select>
          <p id="organisationId-hint" className="text-xs text-slate-600">
            {t("filter.organisationHint")}
          </p>
        </div>
        {select("status", t("filter.status"), status, statusChoices)}
        <div className="min-w-0 space-y-1">
          <label htmlFor="dueAfter" className={labelClass}>
            {t("filter.dueAfter")}
          </label>
          <input
            id="dueAfter"
            name="dueAfter"
            type="date"
            defaultValue={query.dueAfter ?? ""}
            className={`h-10 ${controlClass}`}
          />
        </div>
        <div className="min-w-0 space-y-1">
          <label htmlFor="dueBefore" className={labelClass}>
            {t("filter.dueBefore")}
          </label>
          <input
            id="dueBefore"
            name="dueBefore"
            type="date"
            defaultValue={query.dueBefore ?? ""}
            className={`h-10 ${controlClass}`}
          />
        </div>
        <div className="flex min-w-0 items-center gap-2 self-end pb-2">
          <input
            id="overdue"
            name="overdue"
            type="checkbox"
            value="true"
            defaultChecked={query.overdue}
            className="h-4 w-4 accent-blue-800"
          />
          <label htmlFor="overdue" className={labelClass}>
            {t("filter.overdue")}
          </label>
        </div>
      </div>
      {query.personId ? (
        <>
          <input type="hidden" name="personId" value={query.personId} />
          <p className="mt-3 text-sm text-slate-700">{t("filter.person")}</p>
        </>
      ) : null}
      {query.sort !== "due" ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.order !== "asc" ? <input type="hidden" name="order" value={query.order} /> : null}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonVariants()}>
          {t("filter.apply")}
        </button>
        <Link href="/actions" className={buttonVariants({ variant: "link" })}>
          {t("filter.reset")}
        </Link>
      </div>
    </form>
  );
}
