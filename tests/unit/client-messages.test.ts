// Each page gives its client components exactly the catalogue namespaces they read (see
// components/i18n/client-messages.tsx): a missing one would show raw keys in the browser, an extra
// one is sent with every request for nothing. The layouts' client components read only the shell's.
import { describe, expect, it } from "vitest";
import { SHELL_NAMESPACES, clientMessages } from "@/components/i18n/client-messages";
import { SCREEN_MESSAGES } from "@/i18n/catalogue";
import { clientNeeds, declaredNamespaces, routeFiles } from "@/tests/support/client-graph";

const known = new Set(Object.keys(SCREEN_MESSAGES.en));
const shell = new Set<string>(SHELL_NAMESPACES);
const files = routeFiles();

describe("client messages per page", () => {
  it("finds the app's pages and what their client components read", () => {
    expect(files.filter((f) => f.endsWith("/page.tsx")).length).toBeGreaterThan(40);
    const capture = clientNeeds("app/(shell)/(app)/meetings/[id]/capture/page.tsx", known);
    expect([...capture.namespaces]).toEqual(expect.arrayContaining(["capture", "bilingual", "errors"]));
    // Server actions and server-only modules are not client code, whoever imports them.
    expect(clientNeeds("app/(shell)/logout/page.tsx", known).namespaces).toEqual(new Set(["logout"]));
  });

  it.each(files)("%s", (file) => {
    const needs = clientNeeds(file, known);
    expect(needs.unreadable, "useTranslations with a namespace that is not a literal").toEqual([]);
    const wanted = [...needs.namespaces].filter((ns) => !shell.has(ns)).sort();
    const declared = declaredNamespaces(file);
    expect(declared, "declared in alphabetical order, once each").toEqual([...new Set(declared)].sort());
    if (!/\/page\.tsx$/.test(file)) {
      // Layouts, boundaries and fallbacks render outside any page's <ClientMessages>.
      expect(wanted, `${file}: its client components read namespaces the shell does not give`).toEqual([]);
      return;
    }
    expect(declared, `${file}: <ClientMessages namespaces={[…]}> should list`).toEqual(wanted);
  });

  it("gives the shell's namespaces with a page's, in the asked language", () => {
    const picked = clientMessages("id", ["register"]);
    expect(Object.keys(picked).sort()).toEqual(["common", "register", "user"]);
    expect(picked.register).toBe(SCREEN_MESSAGES.id.register);
  });
});
