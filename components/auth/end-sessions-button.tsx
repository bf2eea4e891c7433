// The admin's "End all sessions" for one user, after a confirmation naming them; the list then
// shows none.
"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorText } from "@/components/ui/field-error";
import { endUserSessionsAction } from "@/lib/auth/actions";

export function EndSessionsButton({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations("admin.sessions");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const endAll = () =>
    startTransition(async () => {
      setError(null);
      const result = await endUserSessionsAction({ userId });
      if (result.ok) router.refresh();
      else setError(result.message);
    });

  return (
    <div className="space-y-2">
      <ConfirmDialog
        trigger={
          <Button variant="destructive" disabled={isPending}>
            {t("endAll")}
          </Button>
        }
        title={t("endAllTitle", { name })}
        description={t("endAllDescription", { name })}
        confirmLabel={t("endAllConfirm")}
        cancelLabel={t("keep")}
        onConfirm={endAll}
      />
      <ErrorText>{error}</ErrorText>
    </div>
  );
}
