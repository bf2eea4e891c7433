// The online-meeting link: which links a meeting may carry, how they are written down, and where a
// stored link may become clickable or a calendar URL. A link is a web address (https, or http on an
// intranet) or a Microsoft Teams or Zoom app link (msteams:, zoommtg:, zoomus:) — what the meeting
// apps people use hand out. Anything else (javascript:, data:, file:, …) is refused, so it never
// becomes a link in the minutes, a calendar or an e-mail. Safe for the browser.
import { z } from "zod";
import type { TMessageKey } from "@/i18n/catalogue";

const MAX_LENGTH = 2000;
const WEB_SCHEMES = ["https:", "http:"];
const APP_SCHEMES = ["msteams:", "zoommtg:", "zoomus:"];

/** A DNS name (letters, digits, inner hyphens; punycode for other scripts) or an IPv4 address. */
const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.?$/;
const isHostName = (host: string) => host.length <= 253 && HOST.test(host);

/** Whitespace or control characters inside a link: a paste that took more than the link. */
const NOT_IN_LINK = /[\s\u0000-\u001F\u007F]/;

export type TOnlineUrlResult = { ok: true; url: string } | { ok: false; key: TMessageKey };

const refuse = (key: TMessageKey): TOnlineUrlResult => ({ ok: false, key });

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * The link as stored: scheme and host in lower case, an international host name in punycode, the
 * default port dropped (WHATWG URL rules) — or why it is refused.
 */
export function normaliseOnlineUrl(input: string): TOnlineUrlResult {
  const value = input.trim();
  const url = NOT_IN_LINK.test(value) ? null : parseUrl(value);
  if (!url) return refuse("meeting.errors.onlineUrlInvalid");
  const isWeb = WEB_SCHEMES.includes(url.protocol);
  if (!isWeb && !APP_SCHEMES.includes(url.protocol)) return refuse("meeting.errors.onlineUrlScheme");
  if (url.username || url.password) return refuse("meeting.errors.onlineUrlInvalid");
  const host = url.hostname.toLowerCase();
  if ((isWeb || host !== "") && !isHostName(host)) return refuse("meeting.errors.onlineUrlHost");
  if (isWeb) return { ok: true, url: url.href };
  // App links keep their own shape ("msteams:/l/…", "zoommtg://zoom.us/join?…"); only the scheme
  // and the host are written in lower case.
  if (host === "") {
    return url.pathname.length > 1 ? { ok: true, url: url.href } : refuse("meeting.errors.onlineUrlInvalid");
  }
  const port = url.port ? `:${url.port}` : "";
  return { ok: true, url: `${url.protocol}//${host}${port}${url.pathname}${url.search}${url.hash}` };
}

/**
 * An online link as a form or the API sends it: blank means none (null), anything else must be a
 * link a meeting may carry, and is stored normalised.
 */
export const ZOnlineUrl = z
  .string()
  .trim()
  .max(MAX_LENGTH)
  .transform((value, ctx) => {
    if (value === "") return null;
    const result = normaliseOnlineUrl(value);
    if (result.ok) return result.url;
    ctx.addIssue({ code: "custom", message: result.key, continue: true });
    return z.NEVER;
  })
  .pipe(z.string().max(MAX_LENGTH).nullable());

/** Whether a stored link may be clickable (minutes, pages): web links only, never a script. */
export function isWebLink(stored: string): boolean {
  return /^https?:\/\//i.test(stored) && parseUrl(stored) !== null;
}

/**
 * A stored link as the calendar's URL property, or undefined when calendar files cannot carry it:
 * a lower-case host name with a scheme and "//", a port of 2–5 digits, no spaces — what the `ics`
 * package (and calendar clients) accept. Links stored before these rules, or app links without a
 * host, stay in the description and location only.
 */
export function calendarUrl(stored: string): string | undefined {
  const match = /^(?:https?|msteams|zoommtg|zoomus):\/\/([^/?#]*)(?:[/?#]\S*)?$/.exec(stored);
  if (!match) return undefined;
  const [, authority] = match;
  const [host, port, ...rest] = authority.split(":");
  const isPort = port === undefined || /^\d{2,5}$/.test(port);
  return isHostName(host) && isPort && rest.length === 0 ? stored : undefined;
}
