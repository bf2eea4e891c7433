// Root layout of the public pages: static, no session, no cookies — served from the build.
import type { ReactNode } from "react";
import { fontSans } from "@/components/shell/fonts";
import "../globals.css";

export default function PublicRootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={fontSans.variable}>
      <body className="font-sans">{children}</body>
    </html>
  );
}
