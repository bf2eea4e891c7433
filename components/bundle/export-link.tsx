// The meeting page's "Export bundle" link: downloads the whole meeting as a meeting bundle (.json)
// from /api/v1 with the signed-in session. A plain link, so it works without JavaScript.
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { bundleExportHref } from "./api";

export function BundleExportLink({ meetingId, className }: { meetingId: string; className?: string }) {
  const t = useTranslations("bundle.export");
  return (
    <a
      href={bundleExportHref(meetingId)}
      download
      title={t("title")}
      className={cn("text-blue-800 underline", className)}
    >
      {t("link")}
    </a>
  );
}
