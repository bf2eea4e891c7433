// The attendance register at the venue: search as you type, sign people in, change a status, undo, add walk-ins.
// Before the meeting's day it says when signing in opens instead of offering it (the server refuses it too).
"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import Link from "next/link";
import { failureMessage } from "@/components/api/client";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Pager } from "@/components/ui/pager";
import { SearchResults } from "@/components/ui/search-results";
import { usePagedSearch } from "@/components/ui/use-paged-search";
import type { TAttendanceStatus, TRegisterPage, TRegisterRow } from "@/lib/register/schema";
import { isUndoable, offerUndo, type TUndo } from "@/lib/register/undo";
import { fetchRegister, patchAttendance, postSignIn, signInSheetHref } from "./api";
import { registerKeys } from "./query-keys";
import { RegisterRow } from "./register-row";
import { UndoToast } from "./undo-toast";
import { WalkInDialog, type TWalkInOptions } from "./walk-in-dialog";

type TProps = {
  meetingId: string;
  timeZone: string;
  options: TWalkInOptions;
  /** The meeting's day, written out, while it has not come yet: no sign-in or walk-ins until then. */
  signInOpensOn: string | null;
};
type TChange = { row: TRegisterRow; next: TAttendanceStatus | null; isUndo?: boolean };

export function RegisterScreen({ meetingId, timeZone, options, signInOpensOn }: TProps) {
  const t = useTranslations("register");
  const tCommon = useTranslations("common");
  const locale = useLocale() === "id" ? "id" : "en";
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [undo, setUndo] = useState<TUndo | null>(null);
  const { q, page, setPage, query, inputProps } = usePagedSearch((q, page) => ({
    queryKey: registerKeys.list(meetingId, q, page),
    queryFn: () => fetchRegister(meetingId, q, page),
  }));
  const statusWord = (s: TAttendanceStatus | null) => t(`status.${s ?? "NONE"}`);

  // The undo is offered for its window only; the message stays until the next change.
  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), Math.max(0, undo.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [undo]);

  const change = useMutation({
    mutationFn: ({ row, next, isUndo }: TChange) =>
      next === "PRESENT" && row.attendance === null && !isUndo
        ? postSignIn(meetingId, row.id)
        : patchAttendance(meetingId, row.id, next, isUndo ? undefined : row.version),
    onSuccess: (saved, { row, next, isUndo }) => {
      // The saved row (with its new version) replaces the cached one at once, before the refetch.
      queryClient.setQueriesData<TRegisterPage>({ queryKey: registerKeys.meeting(meetingId) }, (old) =>
        old ? { ...old, data: old.data.map((r) => (r.id === saved.id ? saved : r)) } : old,
      );
      if (isUndo) {
        setUndo(null);
        setMessage(t("undo.undone", { name: saved.name, status: statusWord(next) }));
      } else {
        setUndo(
          offerUndo({ invitationId: row.id, name: row.name, previous: row.attendance, next }, Date.now()),
        );
        setMessage(t("undo.changed", { name: saved.name, status: statusWord(next) }));
      }
    },
    onError: (error) => setMessage(t("changeError", { message: failureMessage(error, tCommon("error")) })),
    // A search that started before the change was saved would answer with the row as it was, and
    // an invalidation does not restart a first fetch still under way: drop it, then fetch again.
    onSettled: async () => {
      await queryClient.cancelQueries({ queryKey: registerKeys.meeting(meetingId) });
      await queryClient.invalidateQueries({ queryKey: registerKeys.meeting(meetingId) });
    },
  });

  const onUndo = () => {
    if (!isUndoable(undo, Date.now())) return setUndo(null);
    const row = query.data?.data.find((r) => r.id === undo.invitationId);
    change.mutate({
      row: row ?? ({ id: undo.invitationId, name: undo.name } as TRegisterRow),
      next: undo.previous,
      isUndo: true,
    });
  };

  const result = query.data;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <FormField id="register-search" name={null} label={t("search")} className="w-full max-w-md">
          <Input {...inputProps} autoFocus className="h-12 text-base" placeholder={t("searchPlaceholder")} />
        </FormField>
        <nav className="flex flex-wrap gap-4 text-sm" aria-label={t("paperEntry.title")}>
          <a href={signInSheetHref(meetingId, locale)} className="text-blue-800 underline underline-offset-4">
            {t("sheetLink")}
          </a>
          <Link
            href={`/meetings/${meetingId}/register/paper`}
            className="text-blue-800 underline underline-offset-4"
          >
            {t("paperLink")}
          </Link>
        </nav>
        {signInOpensOn ? null : (
          <WalkInDialog
            meetingId={meetingId}
            options={options}
            onAdded={(row) => {
              setUndo(null);
              setMessage(t("undo.added", { name: row.name }));
              void queryClient.invalidateQueries({ queryKey: registerKeys.meeting(meetingId) });
            }}
          />
        )}
      </div>
      {signInOpensOn ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {t("opensOn", { date: signInOpensOn })}
        </p>
      ) : null}
      {result ? (
        <p className="text-2xl font-semibold text-slate-900" data-testid="register-counts">
          {t("counts", result.counts)}
        </p>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {query.isFetching ? t("searching") : ""}
      </p>
      <SearchResults
        result={result}
        failure={
          query.isError && !result ? (
            <div role="alert" className="space-y-2 text-sm text-red-700">
              <p>{t("loadError")}</p>
              <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
                {t("retry")}
              </Button>
            </div>
          ) : null
        }
        empty={q ? t("noMatches", { q }) : t("empty")}
      >
        {(result) => (
          <>
            <ul className="space-y-2" aria-busy={query.isFetching} aria-label={t("title")}>
              {result.data.map((row) => (
                <RegisterRow
                  key={row.id}
                  row={row}
                  timeZone={timeZone}
                  canSignIn={signInOpensOn === null}
                  isBusy={change.isPending && change.variables?.row.id === row.id}
                  onChange={(r, next) => change.mutate({ row: r, next })}
                />
              ))}
            </ul>
            {result.pageCount > 1 ? (
              <Pager label={t("pagination")} page={page} shown={result} onPage={setPage} />
            ) : null}
          </>
        )}
      </SearchResults>
      <UndoToast message={message} canUndo={undo !== null} isUndoing={change.isPending} onUndo={onUndo} />
    </div>
  );
}
