// The frame around every signed-in page: skip link, navigation by permission, account, language.
import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NAV_ITEMS, canSeeNavItem } from "@/lib/auth/permissions";
import type { TCurrentUser } from "@/lib/user/service";
import { highestRole } from "@/lib/auth/roles";
import { LanguageSwitch } from "./language-switch";
import { NavLinks } from "./nav-links";
import { UserMenu } from "./user-menu";

export async function AppShell({ user, children }: { user: TCurrentUser; children: ReactNode }) {
  const [t, tNav, tUser] = await Promise.all([
    getTranslations("app"),
    getTranslations("nav"),
    getTranslations("user"),
  ]);
  const items = NAV_ITEMS.filter((item) => canSeeNavItem(user.access, item)).map((item) => ({
    href: `/${item}`,
    label: tNav(item),
  }));
  const role = highestRole(user.access);
  return (
    <div className="min-h-screen bg-slate-50">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
          {/* Home: a member's own meetings; the meetings list for everyone else (app/(shell)/(app)/page.tsx). */}
          <Link href="/" className="text-lg font-semibold tracking-tight text-blue-900">
            {t("name")}
          </Link>
          <NavLinks items={items} label={t("mainNavigation")} />
          <div className="ml-auto flex items-center gap-3">
            <LanguageSwitch />
            <UserMenu
              name={user.name}
              email={user.email}
              roleLabel={role ? tUser(`role.${role}`) : ""}
              menuLabel={tUser("menu")}
              signedInAs={tUser("signedInAs", { email: user.email })}
              logoutLabel={tUser("logout")}
            />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
