// Why the user cannot type right now: the session expired (log in again in another tab, nothing is
// lost), or the record is read-only (closed, or not theirs to change).
"use client";
import { useTranslations } from "next-intl";
import type { TCaptureState } from "@/lib/record/capture-schema";

type TProps = { meeting: TCaptureState["meeting"]; isAuthRequired: boolean };

export function CaptureNotices({ meeting, isAuthRequired }: TProps) {
  const t = useTranslations("capture.notices");
  return (
    <>
      {isAuthRequired ? (
        <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-semibold">{t("sessionTitle")}</p>
          <p>
            {t("sessionBody")}{" "}
            <a
              href="/login"
              target="_blank"
              rel="noopener"
              className="font-medium underline underline-offset-4"
            >
              {t("sessionLink")}
            </a>
          </p>
        </div>
      ) : null}
      {!meeting.isRecordOpen ? (
        <p role="note" className="rounded-md border border-slate-300 bg-white p-3 text-sm text-slate-800">
          {t("closed")}
        </p>
      ) : !meeting.canEdit ? (
        <p role="note" className="rounded-md border border-slate-300 bg-white p-3 text-sm text-slate-800">
          {t("readOnly")}
        </p>
      ) : null}
    </>
  );
}
