// The meeting page's "Export bundle" link: downloads the whole meeting as a meeting bundle (.json)
// through the session route. A plain link, so it works without JavaScript.
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

export function BundleExportLink({ meetingId, className }: { meetingId: string; className?: string }) {
  const t = useTranslations("bundle.export");
  return (
    <a
      href={`/api/bundle/${encodeURIComponent(meetingId)}`}
      download
      title={t("title")}
      className={cn("text-blue-800 underline", className)}
    >
      {t("link")}
    </a>
  );
}
