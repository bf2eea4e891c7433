// The dated history of an action item's progress updates, newest first — who and when, the status
// change, the text and the evidence link — on the item's page and on the owner's link page alike,
// in the language given (the link page speaks its reader's, not the app's).
import { getTranslations } from "next-intl/server";
import type { TLocale } from "@/i18n/locales";
import type { TActionUpdateOut } from "@/lib/action-item/update-schema";
import { formatDay } from "@/lib/format/date";
import { isWebLink } from "@/lib/meeting/online-url";

export async function ActionHistory({ updates, locale }: { updates: TActionUpdateOut[]; locale: TLocale }) {
  const t = await getTranslations({ locale, namespace: "actionItemPage" });
  if (updates.length === 0) return <p className="text-sm text-slate-600">{t("history.empty")}</p>;
  return (
    <ol className="space-y-4">
      {updates.map((u) => (
        <li key={u.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
          <p className="text-slate-600">
            {t("history.by", {
              name: u.authorName ?? t("history.unknownAuthor"),
              date: formatDay(u.date, locale),
            })}
          </p>
          {u.statusAfter && u.statusAfter !== u.statusBefore ? (
            <p className="font-medium text-slate-900">
              {u.statusBefore
                ? t("history.statusChange", {
                    before: t(`status.${u.statusBefore}`),
                    after: t(`status.${u.statusAfter}`),
                  })
                : t("history.statusSet", { after: t(`status.${u.statusAfter}`) })}
            </p>
          ) : null}
          <p className="whitespace-pre-line break-words text-slate-900">{u.body}</p>
          {u.evidenceUrl && isWebLink(u.evidenceUrl) ? (
            <p>
              <a
                href={u.evidenceUrl}
                rel="noopener noreferrer nofollow"
                target="_blank"
                className="break-all text-blue-800 underline"
              >
                {t("history.evidence")}
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
