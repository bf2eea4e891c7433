// Logout page: asks before ending the session.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LogoutForm } from "@/components/auth/logout-form";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Log out" };

export default async function LogoutPage() {
  if (!(await getCurrentUser())) redirect("/login");
  const t = await getTranslations("logout");
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="mb-4 text-xl font-semibold">{t("title")}</h1>
        <LogoutForm />
      </div>
    </main>
  );
}
