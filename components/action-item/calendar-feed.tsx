// "Subscribe in your calendar" on /actions: the user's secret calendar address (issued when they
// first ask for it), how to subscribe, and "Reset the address" after a confirmation (the old one
// stops working at once). The address is shown in a read-only field, selected on focus to copy.
"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorText } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Section } from "@/components/ui/section";
import type { TLocale } from "@/i18n/locales";
import { createCalendarFeedAction, resetCalendarFeedAction } from "@/lib/action-item/feed-actions";
import type { TFeedState } from "@/lib/action-item/feed-schema";
import { formatDay } from "@/lib/format/date";

export function CalendarFeed({ initial, locale }: { initial: TFeedState; locale: TLocale }) {
  const t = useTranslations("actionFeed");
  const [state, setState] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [wasReset, setWasReset] = useState(false);
  const [isPending, startTransition] = useTransition();

  const run = (action: typeof createCalendarFeedAction, afterReset: boolean) =>
    startTransition(async () => {
      setError(null);
      const result = await action({});
      if (result.ok) {
        setState(result.data);
        setWasReset(afterReset);
      } else setError(result.message);
    });

  return (
    <Section id="calendar-feed" title={t("heading")} intro={t("intro")} isBoxed className="mt-8">
      {state.status === "noPerson" ? <p className="text-sm text-slate-700">{t("noPerson")}</p> : null}
      {state.status === "noProgramme" ? <p className="text-sm text-slate-700">{t("noProgramme")}</p> : null}
      {state.status === "none" ? (
        <Button variant="secondary" disabled={isPending} onClick={() => run(createCalendarFeedAction, false)}>
          {t("create")}
        </Button>
      ) : null}
      {state.status === "ready" ? (
        <div className="space-y-2">
          <label htmlFor="calendar-feed-url" className="text-sm font-medium text-slate-800">
            {t("address")}
          </label>
          <Input
            id="calendar-feed-url"
            readOnly
            value={state.url}
            onFocus={(e) => e.currentTarget.select()}
            className="font-mono text-xs"
            aria-describedby="calendar-feed-how"
          />
          <p id="calendar-feed-how" className="text-sm text-slate-600">
            {t("howTo")} {t("expires", { date: formatDay(state.expiresAt, locale) })}
          </p>
          {wasReset ? (
            <p role="status" className="text-sm text-green-800">
              {t("resetDone")}
            </p>
          ) : null}
          <ConfirmDialog
            trigger={
              <Button variant="secondary" size="sm" disabled={isPending}>
                {t("reset")}
              </Button>
            }
            title={t("resetTitle")}
            description={t("resetDescription")}
            confirmLabel={t("resetConfirm")}
            cancelLabel={t("keep")}
            onConfirm={() => run(resetCalendarFeedAction, true)}
          />
        </div>
      ) : null}
      <ErrorText>{error}</ErrorText>
    </Section>
  );
}
