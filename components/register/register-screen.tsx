// The attendance register at the venue: search as you type, sign people in, change a status, undo, add walk-ins.
"use client";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import Link from "next/link";
import { useDebounced } from "@/components/people/use-debounced";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { TAttendanceStatus, TRegisterPage, TRegisterRow } from "@/lib/register/schema";
import { isUndoable, offerUndo, type TUndo } from "@/lib/register/undo";
import { fetchRegister, patchAttendance, postSignIn, signInSheetHref } from "./api";
import { registerKeys } from "./query-keys";
import { RegisterRow } from "./register-row";
import { UndoToast } from "./undo-toast";
import { WalkInDialog, type TWalkInOptions } from "./walk-in-dialog";

type TProps = { meetingId: string; timeZone: string; options: TWalkInOptions };
type TChange = { row: TRegisterRow; next: TAttendanceStatus | null; isUndo?: boolean };

export function RegisterScreen({ meetingId, timeZone, options }: TProps) {
  const t = useTranslations("register");
  const tc = useTranslations("common");
  const locale = useLocale() === "id" ? "id" : "en";
  const queryClient = useQueryClient();
  const [input, setInput] = useState("");
  const [page, setPage] = useState(1);
  const [message, setMessage] = useState<string | null>(null);
  const [undo, setUndo] = useState<TUndo | null>(null);
  const q = useDebounced(input.trim(), 250);
  const query = useQuery({
    queryKey: registerKeys.list(meetingId, q, page),
    queryFn: () => fetchRegister(meetingId, q, page),
    placeholderData: keepPreviousData,
  });
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
    onError: (error) => setMessage(t("changeError", { message: error.message })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: registerKeys.meeting(meetingId) }),
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
        <div className="w-full max-w-md space-y-1">
          <Label htmlFor="register-search">{t("search")}</Label>
          <Input
            id="register-search"
            type="search"
            autoFocus
            className="h-12 text-base"
            value={input}
            placeholder={t("searchPlaceholder")}
            onChange={(e) => {
              setInput(e.target.value);
              setPage(1);
            }}
          />
        </div>
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
        <WalkInDialog
          meetingId={meetingId}
          options={options}
          onAdded={(row) => {
            setUndo(null);
            setMessage(t("undo.added", { name: row.name }));
            void queryClient.invalidateQueries({ queryKey: registerKeys.meeting(meetingId) });
          }}
        />
      </div>
      {result ? (
        <p className="text-2xl font-semibold text-slate-900" data-testid="register-counts">
          {t("counts", result.counts)}
        </p>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {query.isFetching ? t("searching") : ""}
      </p>
      {query.isError && !result ? (
        <div role="alert" className="space-y-2 text-sm text-red-700">
          <p>{t("loadError")}</p>
          <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
            {t("retry")}
          </Button>
        </div>
      ) : !result ? (
        <p className="text-sm text-slate-600">{tc("loading")}</p>
      ) : result.total === 0 ? (
        <EmptyState title={q ? t("noMatches", { q }) : t("empty")} />
      ) : (
        <>
          <ul className="space-y-2" aria-busy={query.isFetching} aria-label={t("title")}>
            {result.data.map((row) => (
              <RegisterRow
                key={row.id}
                row={row}
                timeZone={timeZone}
                isBusy={change.isPending && change.variables?.row.id === row.id}
                onChange={(r, next) => change.mutate({ row: r, next })}
              />
            ))}
          </ul>
          {result.pageCount > 1 ? (
            <nav
              aria-label={t("pagination")}
              className="flex items-center justify-end gap-2 text-sm text-slate-700"
            >
              <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {tc("previous")}
              </Button>
              <span aria-current="page">{tc("pageOf", { page: result.page, pages: result.pageCount })}</span>
              <Button
                variant="secondary"
                size="sm"
                disabled={page >= result.pageCount}
                onClick={() => setPage(page + 1)}
              >
                {tc("next")}
              </Button>
            </nav>
          ) : null}
        </>
      )}
      <UndoToast message={message} canUndo={undo !== null} isUndoing={change.isPending} onUndo={onUndo} />
    </div>
  );
}
