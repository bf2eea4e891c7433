// Root layout of the application: language from the user's choice, fonts, providers.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { clientMessages, SHELL_NAMESPACES } from "@/components/i18n/client-messages";
import { fontMono, fontSans } from "@/components/shell/fonts";
import { Providers } from "@/components/providers";
import { toLocale } from "@/i18n/locales";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: "Notulen", template: "%s · Notulen" },
  description: "Meetings, minutes and follow-ups for Programme Steering Committees",
};

export default async function ShellRootLayout({ children }: { children: ReactNode }) {
  const locale = toLocale(await getLocale());
  return (
    <html lang={locale} className={`${fontSans.variable} ${fontMono.variable}`}>
      <body className="font-sans">
        {/* The layouts' own client components; each page adds its namespaces (<ClientMessages>). */}
        <NextIntlClientProvider messages={clientMessages(locale, SHELL_NAMESPACES)}>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
