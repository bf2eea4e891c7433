// A text in the record's language beside its optional wording in the other language: two columns
// on a wide screen, one under the other on a phone, the record language first.
import type { ReactNode } from "react";

export function LanguagePair({ children }: { children: ReactNode }) {
  return <div className="grid gap-4 sm:grid-cols-2">{children}</div>;
}
