// The differences between two versions of the draft minutes, per section. Each entry says in words
// whether it was added, removed or changed (with a +, − or ~ beside it), and a change shows each
// field before and after as deleted and inserted text: never by colour alone.
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { TLocale } from "@/i18n/locales";
import { formatDay } from "@/lib/format/date";
import type { TDiffEntry, TDiffSection, TDiffValue, TMinutesDiff } from "@/lib/minutes/diff";

type TProps = { diff: TMinutesDiff; locale: TLocale };

type TTranslate = Awaited<ReturnType<typeof getTranslations<"minutesVersions.diff">>>;

/** Enum values worded in the reader's language; other values as recorded. */
function valueText(t: TTranslate, locale: TLocale, section: TDiffSection, field: string, value: TDiffValue) {
  if (value === null || value === "") return t("empty");
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  const v = String(value);
  if (field === "sex" && t.has(`value.sex.${v}`)) return t(`value.sex.${v}` as "value.sex.FEMALE");
  if (field === "kind" && section === "remarks" && t.has(`value.remarkKind.${v}`))
    return t(`value.remarkKind.${v}` as "value.remarkKind.OPENING");
  if (field === "kind" && section === "agenda" && t.has(`value.agendaKind.${v}`))
    return t(`value.agendaKind.${v}` as "value.agendaKind.REGULAR");
  if (field === "status" && t.has(`value.actionStatus.${v}`))
    return t(`value.actionStatus.${v}` as "value.actionStatus.OPEN");
  if (field === "dueDate") return formatDay(v, locale);
  return v;
}

const MARK = { added: "+", removed: "−", changed: "~" } as const;
const TONE = { added: "success", removed: "danger", changed: "warning" } as const;

function EntryHead({ kind, label, t }: { kind: keyof typeof MARK; label: string; t: TTranslate }) {
  return (
    <p className="flex flex-wrap items-baseline gap-2">
      <span aria-hidden="true" className="w-3 font-mono font-bold">
        {MARK[kind]}
      </span>
      <Badge tone={TONE[kind]}>{t(kind)}</Badge>
      <span className="break-words font-medium text-slate-900">{label}</span>
    </p>
  );
}

export async function VersionDiff({ diff, locale }: TProps) {
  const t = await getTranslations("minutesVersions.diff");
  const fieldLabel = (field: string) =>
    t.has(`field.${field}`) ? t(`field.${field}` as "field.name") : field;

  const fieldsOf = (section: TDiffSection, entry: TDiffEntry, isRemoved: boolean) => (
    <dl className="ml-5 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      {Object.entries(entry.fields)
        .filter(([, value]) => value !== null && value !== "")
        .map(([field, value]) => (
          <div key={field} className="contents">
            <dt className="text-slate-600">{fieldLabel(field)}</dt>
            <dd className="break-words">
              {isRemoved ? (
                <del>{valueText(t, locale, section, field, value)}</del>
              ) : (
                <ins className="no-underline">{valueText(t, locale, section, field, value)}</ins>
              )}
            </dd>
          </div>
        ))}
    </dl>
  );

  return (
    <div className="space-y-4" aria-labelledby="minutes-diff-title" role="region">
      <h3 id="minutes-diff-title" className="text-base font-semibold text-slate-900">
        {t("title", { from: diff.from, to: diff.to })}
      </h3>
      {diff.isSame ? <p className="text-sm text-slate-700">{t("same")}</p> : null}
      {diff.isSame
        ? null
        : diff.sections.map((s) => {
            const headingId = `minutes-diff-${s.section}`;
            const isEmpty = s.added.length + s.removed.length + s.changed.length === 0;
            return (
              <section key={s.section} aria-labelledby={headingId} className="space-y-2">
                <h4 id={headingId} className="font-semibold text-slate-900">
                  {t(`section.${s.section}`)}{" "}
                  <span className="text-sm font-normal text-slate-600">
                    (
                    {t("counts", {
                      added: s.added.length,
                      removed: s.removed.length,
                      changed: s.changed.length,
                    })}
                    )
                  </span>
                </h4>
                {isEmpty ? (
                  <p className="text-sm text-slate-600">{t("noChanges")}</p>
                ) : (
                  <ul className="space-y-3">
                    {s.added.map((entry) => (
                      <li key={`added-${entry.id}`} className="space-y-1">
                        <EntryHead kind="added" label={entry.label} t={t} />
                        {fieldsOf(s.section, entry, false)}
                      </li>
                    ))}
                    {s.removed.map((entry) => (
                      <li key={`removed-${entry.id}`} className="space-y-1">
                        <EntryHead kind="removed" label={entry.label} t={t} />
                        {fieldsOf(s.section, entry, true)}
                      </li>
                    ))}
                    {s.changed.map((entry) => (
                      <li key={`changed-${entry.id}`} className="space-y-1">
                        <EntryHead kind="changed" label={entry.label} t={t} />
                        <dl className="ml-5 space-y-2 text-sm">
                          {entry.changes.map((c) => (
                            <div key={c.field}>
                              <dt className="font-medium text-slate-700">{fieldLabel(c.field)}</dt>
                              <dd className="break-words">
                                <span className="text-slate-600">{t("before")}: </span>
                                <del className="bg-red-50 text-red-900">
                                  {valueText(t, locale, s.section, c.field, c.before)}
                                </del>
                              </dd>
                              <dd className="break-words">
                                <span className="text-slate-600">{t("after")}: </span>
                                <ins className="bg-green-50 text-green-900">
                                  {valueText(t, locale, s.section, c.field, c.after)}
                                </ins>
                              </dd>
                            </div>
                          ))}
                        </dl>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
    </div>
  );
}
