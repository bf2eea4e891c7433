// The admin's "Revoke" for one API token, after a confirmation naming it; the list then shows it revoked.
"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorText } from "@/components/ui/field-error";
import { revokeApiTokenAction } from "@/lib/api-token/actions";

type TProps = { tokenId: string; name: string; prefix: string };

export function RevokeTokenButton({ tokenId, name, prefix }: TProps) {
  const t = useTranslations("admin.tokens");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const revoke = () =>
    startTransition(async () => {
      setError(null);
      const result = await revokeApiTokenAction({ tokenId });
      if (result.ok) router.refresh();
      else setError(result.message);
    });

  return (
    <div className="space-y-1">
      <ConfirmDialog
        trigger={
          <Button
            variant="secondary"
            size="sm"
            disabled={isPending}
            aria-label={t("revokeLabel", { name, prefix })}
          >
            {t("revoke")}
          </Button>
        }
        title={t("revokeTitle")}
        description={t("revokeDescription", { name, prefix })}
        confirmLabel={t("revokeConfirm")}
        cancelLabel={t("keep")}
        onConfirm={revoke}
      />
      <ErrorText>{error}</ErrorText>
    </div>
  );
}
