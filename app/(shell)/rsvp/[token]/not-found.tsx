// What a tampered or truncated RSVP link shows (with status 404): a clear word, no login prompt.
import { getTranslations } from "next-intl/server";

export default async function InvalidRsvpLink() {
  const t = await getTranslations("invitation.invalid");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-blue-900">404</p>
      <h1 className="mt-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("text")}</p>
    </main>
  );
}
