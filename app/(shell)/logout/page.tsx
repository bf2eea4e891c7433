// Logout page: asks before ending the session — or, with ?everywhere=1 (the user menu's "Log out
// everywhere"), every session of the user.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LogoutForm } from "@/components/auth/logout-form";
import { getCurrentUser } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("logout"))("title") };
}

export default async function LogoutPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  if (!(await getCurrentUser())) redirect("/login");
  const isEverywhere = (await searchParams).everywhere === "1";
  const t = await getTranslations("logout");
  return (
    <ClientMessages namespaces={["logout"]}>
      <main id="main" className="flex min-h-screen items-center justify-center px-4">
        <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-xl font-semibold">{isEverywhere ? t("everywhere.title") : t("title")}</h1>
          <LogoutForm isEverywhere={isEverywhere} />
        </div>
      </main>
    </ClientMessages>
  );
}
