// Account menu (Radix dropdown: arrow keys, Escape, focus return): log out, or log out everywhere
// (both ask on the logout page first).
"use client";
import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ChevronDown, LogOut, MonitorSmartphone } from "lucide-react";

type TProps = {
  name: string;
  email: string;
  roleLabel: string;
  menuLabel: string;
  signedInAs: string;
  logoutLabel: string;
};

const ITEM =
  "flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-slate-800 outline-none data-[highlighted]:bg-slate-100";

export function UserMenu({ name, roleLabel, menuLabel, signedInAs, logoutLabel }: TProps) {
  const t = useTranslations("user");
  return (
    // Not modal: a modal menu hides the rest of the page with aria-hidden while its links stay
    // focusable there (axe aria-hidden-focus); the menu still closes on Escape and returns focus.
    <DropdownMenu.Root modal={false}>
      {/* Named by what it shows (name, role) and then what it is: a name that hid the visible
          text would not answer to a voice user saying what they see (WCAG 2.5.3). */}
      <DropdownMenu.Trigger className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700">
        <span className="text-right leading-tight">
          <span className="block font-medium">{name}</span>{" "}
          <span className="block text-xs text-slate-600">{roleLabel}</span>
        </span>
        <span className="sr-only">{`, ${menuLabel}`}</span>
        <ChevronDown aria-hidden className="h-4 w-4" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-56 rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg"
        >
          <DropdownMenu.Label className="px-2 py-1.5 text-xs text-slate-600">{signedInAs}</DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
          <DropdownMenu.Item asChild>
            <Link href="/logout" className={ITEM}>
              <LogOut aria-hidden className="h-4 w-4" />
              {logoutLabel}
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item asChild>
            <Link href="/logout?everywhere=1" className={ITEM}>
              <MonitorSmartphone aria-hidden className="h-4 w-4" />
              {t("logoutEverywhere")}
            </Link>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
