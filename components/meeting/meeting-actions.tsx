// The meeting page's actions: the one next step as the primary button, the pages and status moves
// this stage is about as small buttons beside it, and the rest in a "More" menu (Radix: arrow keys,
// Escape, focus return). Status moves run here; cancelling asks first, failures stay on screen.
"use client";
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import { ChevronDown } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeMeetingStatusAction } from "@/lib/meeting/actions";
import { Button, buttonVariants } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorText } from "@/components/ui/field-error";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { cn } from "@/lib/utils";

export type TActionLink = { href: string; label: string };

type TProps = {
  meetingId: string;
  status: MeetingStatus;
  version: number;
  next: ({ kind: "page" } & TActionLink) | { kind: "status"; to: MeetingStatus } | null;
  links: TActionLink[];
  statusMoves: readonly MeetingStatus[];
  more: TActionLink[];
};

const PRIMARY = "w-full sm:w-auto";
const SECONDARY = buttonVariants({ variant: "secondary", size: "sm" });
const ITEM =
  "flex cursor-pointer items-center rounded px-2 py-1.5 text-slate-800 outline-none data-[highlighted]:bg-slate-100";

export function MeetingActions({ meetingId, status, version, next, links, statusMoves, more }: TProps) {
  const t = useTranslations("meeting");
  const tPage = useTranslations("meetingPage.actions");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const move = (to: MeetingStatus) => {
    setError(null);
    startTransition(async () => {
      const result = await changeMeetingStatusAction({ meetingId, to, version });
      if (!result.ok) {
        setError(result.message);
        // Show what the other person saved, so the next attempt starts from the current version.
        if (result.code === "CONFLICT") router.refresh();
      }
    });
  };

  const label = (to: MeetingStatus) =>
    status === "MINUTES_IN_REVIEW" && to === "MINUTES_DRAFT"
      ? t("statusActions.anotherRound")
      : t(`statusActions.to.${to}`);

  return (
    <section aria-labelledby="meeting-actions-title" className="space-y-2">
      <h2 id="meeting-actions-title" className="sr-only">
        {tPage("label")}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        {next?.kind === "page" ? (
          <Link href={next.href} className={cn(buttonVariants(), PRIMARY)}>
            {next.label}
          </Link>
        ) : next?.kind === "status" ? (
          <Button className={PRIMARY} onClick={() => move(next.to)} disabled={isPending}>
            {label(next.to)}
          </Button>
        ) : null}
        {links.map((l) => (
          <Link key={l.href} href={l.href} className={SECONDARY}>
            {l.label}
          </Link>
        ))}
        {statusMoves.map((to) =>
          to === "CANCELLED" ? (
            <ConfirmDialog
              key={to}
              trigger={
                <Button variant="secondary" size="sm" disabled={isPending}>
                  {label(to)}
                </Button>
              }
              title={t("cancelDialog.title")}
              description={t("cancelDialog.description")}
              confirmLabel={t("cancelDialog.confirm")}
              cancelLabel={t("cancelDialog.keep")}
              onConfirm={() => move(to)}
            />
          ) : (
            <Button key={to} variant="secondary" size="sm" onClick={() => move(to)} disabled={isPending}>
              {label(to)}
            </Button>
          ),
        )}
        {more.length > 0 ? (
          <DropdownMenu.Root>
            <DropdownMenu.Trigger className={SECONDARY}>
              {tPage("more")}
              <ChevronDown aria-hidden className="h-4 w-4" />
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content
                align="start"
                sideOffset={6}
                className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg"
              >
                {more.map((l) => (
                  <DropdownMenu.Item key={l.href} asChild>
                    <Link href={l.href} className={ITEM}>
                      {l.label}
                    </Link>
                  </DropdownMenu.Item>
                ))}
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        ) : null}
        <span aria-live="polite" className="text-sm text-slate-600">
          {isPending ? t("statusActions.working") : null}
        </span>
      </div>
      <ErrorText>{error}</ErrorText>
    </section>
  );
}
