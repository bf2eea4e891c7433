// Logout confirmation: ends the next-auth session, then shows the login page.
"use client";
import { useState } from "react";
import { signOut } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button, buttonVariants } from "@/components/ui/button";

export function LogoutForm() {
  const t = useTranslations("logout");
  const router = useRouter();
  const [isPending, setIsPending] = useState(false);
  return (
    <div className="space-y-4">
      <p className="text-slate-700">{t("confirm")}</p>
      <div className="flex gap-3">
        <Button
          disabled={isPending}
          onClick={async () => {
            setIsPending(true);
            await signOut({ redirect: false });
            router.replace("/login?loggedOut=1");
            router.refresh();
          }}
        >
          {t("submit")}
        </Button>
        <Link href="/meetings" className={buttonVariants({ variant: "secondary" })}>
          {t("cancel")}
        </Link>
      </div>
    </div>
  );
}
