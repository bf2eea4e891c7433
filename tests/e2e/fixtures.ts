// Every spec imports `test` and `expect` from here, not from @playwright/test: the one difference is
// an axe check (issue 12) over every page a test visits, in every browser context it opens. Each
// page opened with `page.goto` is checked once loaded; at the end of the test, the page each open
// tab shows then, and every other page it reached by clicking, are checked too. The test fails on
// any serious or critical violation of WCAG 2.1 A/AA, named with the page's address and the
// elements concerned. (tests/e2e/screens.spec.ts checks each screen that way in Bahasa Indonesia
// at 390 px, on top.)
import AxeBuilder from "@axe-core/playwright";
import { test as base, type Browser, type BrowserContext, type Page, type Response } from "@playwright/test";

export { expect, request } from "@playwright/test";
export type { APIRequestContext, Browser, BrowserContext, Locator, Page, TestInfo } from "@playwright/test";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** At most this many pages reached by clicking are opened again at the end of a test. */
const MAX_REVISITS = 12;

type TAxeRun = {
  /** "address: rule: help (elements)" per serious or critical violation. */
  violations: string[];
  /** Addresses checked (pathname and query), so none is checked twice in a test. */
  checked: Set<string>;
  /** Addresses the test's pages showed, in order, with the context that showed them. */
  visited: Map<string, BrowserContext>;
  pages: Set<Page>;
};

let run: TAxeRun | null = null;
const instrumented = new WeakSet<object>();

const addressOf = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
};

/** Whether the page shows an HTML page of the app (not a download, an API answer or a blank tab). */
async function isAppPage(page: Page): Promise<boolean> {
  if (page.isClosed() || !page.url().startsWith("http")) return false;
  return page
    .evaluate(() => document.contentType === "text/html" && document.body !== null)
    .catch(() => false);
}

async function check(page: Page): Promise<void> {
  const current = run;
  if (!current || !(await isAppPage(page))) return;
  const address = addressOf(page.url());
  if (current.checked.has(address)) return;
  let result;
  try {
    result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  } catch (error) {
    // The page navigated away or closed while being checked: it is checked where it went.
    if (page.isClosed() || /navigat|destroyed|closed|detached/i.test(String(error))) return;
    throw error;
  }
  current.checked.add(address);
  for (const v of result.violations) {
    if (v.impact !== "serious" && v.impact !== "critical") continue;
    const nodes = v.nodes.map((n) => n.target.join(" ")).join(", ");
    current.violations.push(`${address}: ${v.id} (${v.impact}): ${v.help} — ${nodes}`);
  }
}

function instrumentPage(page: Page, context: BrowserContext): void {
  if (instrumented.has(page)) return;
  instrumented.add(page);
  run?.pages.add(page);
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame() && frame.url().startsWith("http") && run)
      run.visited.set(addressOf(frame.url()), context);
  });
  const goto = page.goto.bind(page);
  page.goto = async (url: string, options?: Parameters<Page["goto"]>[1]): Promise<Response | null> => {
    const response = await goto(url, options);
    const type = response?.headers()["content-type"] ?? "";
    if (type.startsWith("text/html")) await check(page);
    return response;
  };
}

function instrumentContext(context: BrowserContext): void {
  if (instrumented.has(context)) return;
  instrumented.add(context);
  for (const page of context.pages()) instrumentPage(page, context);
  context.on("page", (page) => instrumentPage(page, context));
}

/** Checks what each open tab shows now, then opens again (in a new tab) what was only clicked to. */
async function finish(current: TAxeRun): Promise<void> {
  for (const page of current.pages) await check(page).catch(() => undefined);
  const left = [...current.visited].filter(([address]) => !current.checked.has(address));
  for (const [address, context] of left.slice(0, MAX_REVISITS)) {
    let tab: Page | null = null;
    try {
      tab = await context.newPage();
      const response = await tab.goto(address);
      if (response?.ok() && (response.headers()["content-type"] ?? "").startsWith("text/html"))
        await check(tab);
    } catch {
      // The context was closed by the test, or the page cannot be opened again: nothing to check.
    } finally {
      await tab?.close().catch(() => undefined);
    }
  }
}

export const test = base.extend<{ axe: void }, { axeBrowser: Browser }>({
  // Contexts a test opens itself (browser.newContext) are checked like the default one.
  axeBrowser: [
    async ({ browser }, provide) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<Browser["newContext"]>) => {
        const context = await newContext(...args);
        // Not one without JavaScript (a form sent before its scripts run): axe cannot run there.
        if (args[0]?.javaScriptEnabled !== false) instrumentContext(context);
        return context;
      };
      await provide(browser);
    },
    { scope: "worker", auto: true },
  ],
  context: async ({ context }, provide) => {
    instrumentContext(context);
    await provide(context);
  },
  axe: [
    async ({ context }, provide, testInfo) => {
      const current: TAxeRun = { violations: [], checked: new Set(), visited: new Map(), pages: new Set() };
      run = current;
      for (const page of context.pages()) current.pages.add(page);
      try {
        await provide();
        if (testInfo.status === testInfo.expectedStatus) await finish(current);
      } finally {
        run = null;
      }
      if (testInfo.status === testInfo.expectedStatus && current.violations.length > 0) {
        throw new Error(
          `axe: ${current.violations.length} serious or critical violation(s) on the pages this test visited:\n` +
            current.violations.join("\n"),
        );
      }
    },
    { auto: true },
  ],
});
