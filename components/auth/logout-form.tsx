// Logout confirmation: ends this session (next-auth's sign-out revokes it on the server) or, for
// "log out everywhere", every session of the user first; then shows the login page.
"use client";
import { useState } from "react";
import { signOut } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button, buttonVariants } from "@/components/ui/button";
import { ErrorText } from "@/components/ui/field-error";
import { logOutEverywhereAction } from "@/lib/auth/actions";

export function LogoutForm({ isEverywhere }: { isEverywhere: boolean }) {
  const t = useTranslations("logout");
  const router = useRouter();
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function logOut() {
    setIsPending(true);
    setError(null);
    try {
      const ended = isEverywhere ? await logOutEverywhereAction({}) : null;
      // Already signed out (the session ended meanwhile) is as good as done.
      if (ended && !ended.ok && ended.code !== "UNAUTHENTICATED") {
        setError(ended.message);
        setIsPending(false);
        return;
      }
      await signOut({ redirect: false });
      router.replace(`/login?loggedOut=${isEverywhere ? "everywhere" : "1"}`);
      router.refresh();
    } catch {
      setError(t("failed"));
      setIsPending(false);
    }
  }

  return (
    <div className="space-y-4">
      <p className="text-slate-700">{isEverywhere ? t("everywhere.confirm") : t("confirm")}</p>
      <div className="flex gap-3">
        <Button variant={isEverywhere ? "destructive" : undefined} disabled={isPending} onClick={logOut}>
          {isEverywhere ? t("everywhere.submit") : t("submit")}
        </Button>
        <Link href="/meetings" className={buttonVariants({ variant: "secondary" })}>
          {t("cancel")}
        </Link>
      </div>
      <ErrorText>{error}</ErrorText>
    </div>
  );
}
