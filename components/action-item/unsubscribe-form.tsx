// The confirm button of the unsubscribe page: one click stops the weekly digests (the link action
// opens the link again); then the page says it is done. Posts before JavaScript has loaded too.
"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { TLocale } from "@/i18n/locales";
import { unsubscribeFormAction } from "@/lib/action-item/link-actions";

type TOutcome = Awaited<ReturnType<typeof unsubscribeFormAction>>;

export function UnsubscribeForm({ token, locale }: { token: string; locale: TLocale }) {
  const t = useTranslations("digestUnsubscribe");
  const [outcome, formAction, isPending] = useActionState<TOutcome | null, FormData>(
    unsubscribeFormAction,
    null,
  );
  if (outcome?.ok) {
    return (
      <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
        {t("done")}
      </p>
    );
  }
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      {outcome && !outcome.ok ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {outcome.message}
        </p>
      ) : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? t("confirming") : t("confirm")}
      </Button>
    </form>
  );
}
