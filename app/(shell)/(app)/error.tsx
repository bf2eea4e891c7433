// Unexpected errors reach the user as a plain message with a way to retry; details go to the log.
"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6">
      <p className="font-medium text-red-900">{t("error")}</p>
      <Button variant="secondary" className="mt-4" onClick={reset}>
        {t("retry")}
      </Button>
    </div>
  );
}
