// Skeleton shown while a page's data loads (each section's loading.tsx).
import { getTranslations } from "next-intl/server";

export async function PageLoading() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <div className="h-8 w-48 rounded bg-slate-200" />
      <div className="h-64 rounded-lg bg-slate-100" />
      <span className="sr-only">{t("loading")}</span>
    </div>
  );
}
