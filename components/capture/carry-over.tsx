// "Follow-up of earlier actions" under the Matters arising agenda item: the action items of earlier
// meetings still open when this meeting started (their status then and now, what was recorded here),
// and for each a small form — a status and a progress note, saved as an ordinary progress update
// dated the meeting's day (POST /api/v1/action-items/{id}/updates with meetingId). Unlike remarks,
// decisions and action items these are not queued offline: the form saves only while connected and
// says so plainly when it cannot, keeping what was typed.
"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent, type KeyboardEvent } from "react";
import { ApiError, apiFetch, failureMessage } from "@/components/api/client";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ErrorText } from "@/components/ui/field-error";
import { FormField, selectClass, textareaClass } from "@/components/ui/form-field";
import { useIssueText } from "@/components/ui/use-issue-text";
import type { TCarriedOver, TCarriedOverItem } from "@/lib/action-item/carry-over-schema";
import type { TActionStatus } from "@/lib/action-item/schema";
import { ZActionUpdate } from "@/lib/action-item/update-schema";
import type { TFieldErrors } from "@/lib/errors";
import { formatDate, formatDay } from "@/lib/format/date";
import { checkInput } from "@/lib/validation";
import { useCaptureContext } from "./capture-context";
import { captureKeys } from "./query-keys";

const carryOverKey = (meetingId: string) => [...captureKeys.meeting(meetingId), "carried-over"] as const;
const REFRESH_MS = 30_000;

export function CarryOverSection({ meetingId }: { meetingId: string }) {
  const t = useTranslations("carryOver");
  const { state, locale } = useCaptureContext();
  const query = useQuery({
    queryKey: carryOverKey(meetingId),
    queryFn: ({ signal }) =>
      apiFetch<TCarriedOver>(`/meetings/${encodeURIComponent(meetingId)}/carried-over`, { signal }),
    refetchInterval: REFRESH_MS,
    retry: false,
  });
  const headingId = "capture-carry-over-heading";
  const data = query.data;

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="text-base font-semibold text-slate-900">
        {t("heading")}{" "}
        {data ? <span className="font-normal text-slate-600">({data.data.length})</span> : null}
      </h3>
      {data ? (
        <p className="text-sm text-slate-700">
          {t("intro", {
            date: formatDate(data.meeting.cutOff, locale, state.meeting.timeZone),
            day: formatDay(data.meeting.day, locale),
          })}
        </p>
      ) : null}
      {data?.meeting.canRecord ? <p className="text-xs text-slate-600">{t("form.onlineOnly")}</p> : null}
      {query.isPending ? (
        <p className="text-sm text-slate-600" role="status">
          {t("loading")}
        </p>
      ) : query.isError && !data ? (
        <div className="space-y-2">
          <ErrorText>{failureMessage(query.error, t("loadFailed"))}</ErrorText>
          <Button type="button" size="sm" variant="secondary" onClick={() => void query.refetch()}>
            {t("retry")}
          </Button>
        </div>
      ) : data && data.data.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-3 py-4 text-sm text-slate-600">
          {t("empty")}
        </p>
      ) : data ? (
        <ol className="space-y-3">
          {data.data.map((item) => (
            <CarriedItem
              key={item.id}
              item={item}
              meetingId={meetingId}
              canRecord={data.meeting.canRecord && item.allowedStatuses.length > 0}
            />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function CarriedItem({
  item,
  meetingId,
  canRecord,
}: {
  item: TCarriedOverItem;
  meetingId: string;
  canRecord: boolean;
}) {
  const t = useTranslations("carryOver");
  const tRoot = useTranslations();
  const { locale } = useCaptureContext();
  const owner = [item.ownerPerson?.name, item.ownerOrganisation?.acronym ?? item.ownerOrganisation?.name]
    .filter(Boolean)
    .join(", ");
  const from = tRoot("meetings.ordinal", {
    n: item.meeting.sequenceNumber,
    kind: tRoot(`meetings.kind.${item.meeting.kind}`),
  });
  const titleId = `carry-over-${item.id}-title`;
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3" aria-labelledby={titleId}>
      <p id={titleId} className="font-medium text-slate-900">
        <span className="font-mono text-slate-600">{item.reference}</span> {item.title}
      </p>
      <p className="mt-1 text-sm text-slate-600">
        {[
          t("from", { meeting: from }),
          owner ? `${t("owner")}: ${owner}` : null,
          item.dueDate ? t("due", { date: formatDay(item.dueDate, locale) }) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
      <p className="mt-1 flex flex-wrap gap-2 text-sm">
        <Badge>{t("atCutOff", { status: t(`status.${item.statusAtCutOff}`) })}</Badge>
        {item.status !== item.statusAtCutOff ? (
          <Badge tone="success">{t("now", { status: t(`status.${item.status}`) })}</Badge>
        ) : null}
      </p>
      {item.recordedHere.length > 0 ? (
        <div className="mt-2">
          <p className="text-sm font-semibold text-slate-800">{t("recordedHere")}</p>
          <ul className="list-disc pl-5 text-sm text-slate-700">
            {item.recordedHere.map((u) => (
              <li key={u.id}>
                {t("recordedEntry", {
                  status: t(`status.${u.statusAfter ?? u.statusBefore ?? item.status}`),
                  note: u.body,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {canRecord ? <CarryOverForm item={item} meetingId={meetingId} /> : null}
    </li>
  );
}

function CarryOverForm({ item, meetingId }: { item: TCarriedOverItem; meetingId: string }) {
  const t = useTranslations("carryOver");
  const issueText = useIssueText();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<TActionStatus | "">("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<TFieldErrors>({});
  const [formError, setFormError] = useState("");
  const [isSaving, setIsSaving] = useState(false);
  const [saved, setSaved] = useState("");
  const id = (field: string) => `carry-over-${item.id}-${field}`;
  const noteLabel =
    status === "REPORTED_DONE"
      ? t("form.whatWasDone")
      : status === "DROPPED"
        ? t("form.reason")
        : t("form.note");

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (isSaving) return;
    const form = e.currentTarget;
    const body = { body: note, statusAfter: status, version: item.version, meetingId };
    setSaved("");
    setFormError("");
    const found = checkInput(ZActionUpdate, body);
    if (found) {
      setErrors(issueText(found));
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    if (typeof navigator !== "undefined" && !navigator.onLine) {
      setFormError(t("form.offline"));
      return;
    }
    setIsSaving(true);
    try {
      await apiFetch(`/action-items/${encodeURIComponent(item.id)}/updates`, {
        method: "POST",
        body: JSON.stringify({ ...body, statusAfter: status || undefined }),
      });
      setStatus("");
      setNote("");
      setSaved(t("form.saved", { reference: item.reference }));
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors(error.fieldErrors);
        setFormError(error.message || t("form.saveFailed"));
      } else {
        // fetch() itself failed: the connection dropped. Nothing was saved, nothing is queued.
        setFormError(
          typeof navigator !== "undefined" && !navigator.onLine ? t("form.offline") : t("form.saveFailed"),
        );
      }
    } finally {
      setIsSaving(false);
      // The item's version and what was recorded here: read again (also after a conflict).
      void queryClient.invalidateQueries({ queryKey: carryOverKey(meetingId) });
    }
  }

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  };

  return (
    <form
      className="mt-3 space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3"
      onSubmit={(e) => void onSubmit(e)}
      onKeyDown={onKeyDown}
      noValidate
      aria-label={t("form.legend", { reference: item.reference })}
    >
      <FormField id={id("status")} name={null} label={t("form.status")} errors={errors.statusAfter}>
        <select
          className={selectClass}
          value={status}
          onChange={(e) => setStatus(e.target.value as TActionStatus | "")}
        >
          <option value="">{t("form.keepStatus", { status: t(`status.${item.status}`) })}</option>
          {item.allowedStatuses
            .filter((s) => s !== item.status)
            .map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
        </select>
      </FormField>
      <FormField id={id("note")} name={null} label={noteLabel} hint={t("form.noteHint")} errors={errors.body}>
        <textarea
          className={textareaClass}
          rows={2}
          maxLength={5000}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            if (errors.body) setErrors((prev) => ({ ...prev, body: [] }));
          }}
        />
      </FormField>
      <ErrorText>{formError || (errors.meetingId ?? errors.version)?.join(" ")}</ErrorText>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm" aria-disabled={isSaving || undefined}>
          {isSaving ? t("form.saving") : t("form.submit", { reference: item.reference })}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {saved}
        </p>
      </div>
    </form>
  );
}
