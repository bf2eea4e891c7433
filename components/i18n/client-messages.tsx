// The messages client components receive. The whole catalogue is about 100 KB; inlined in every
// page's HTML it cost CPU on every request. The shell's layout gives its own client components only
// SHELL_NAMESPACES; each page wraps what it renders in <ClientMessages> with the namespaces its
// client components read. A nested provider replaces its parent's messages, so a page's list holds
// everything under it; tests/unit/client-messages.test.ts walks each page's client modules and
// checks the list is exactly what they read.
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { SCREEN_MESSAGES, type TMessages } from "@/i18n/catalogue";
import { toLocale, type TLocale } from "@/i18n/locales";

export type TNamespace = keyof TMessages;

/** What the layouts' own client components read (user menu, error boundary). */
export const SHELL_NAMESPACES = ["common", "user"] as const satisfies readonly TNamespace[];

const picked = new Map<string, Partial<TMessages>>();

/** The catalogue's namespaces in one language, with the shell's (built once per list). */
export function clientMessages(locale: TLocale, namespaces: readonly TNamespace[]): Partial<TMessages> {
  const key = `${locale}:${namespaces.join(",")}`;
  let messages = picked.get(key);
  if (!messages) {
    const all = SCREEN_MESSAGES[locale];
    messages = Object.fromEntries(
      [...new Set([...SHELL_NAMESPACES, ...namespaces])].map((ns) => [ns, all[ns]]),
    ) as Partial<TMessages>;
    picked.set(key, messages);
  }
  return messages;
}

/**
 * Gives the client components below it these namespaces (and the shell's), in the page's language
 * or in `locale` (a link page speaks its recipient's language to a visitor who chose none).
 */
export async function ClientMessages({
  namespaces,
  locale: chosen,
  children,
}: {
  namespaces: readonly TNamespace[];
  locale?: TLocale;
  children: ReactNode;
}) {
  const locale = chosen ?? toLocale(await getLocale());
  return (
    <NextIntlClientProvider locale={locale} messages={clientMessages(locale, namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
