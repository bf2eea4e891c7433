// Who is logging in, as far as the request tells: the client address for throttling and the
// browser for the admin's list of sessions. The address is the last entry of X-Forwarded-For:
// Next.js sets that header to the connection's address when a request arrives without one, and a
// reverse proxy that appends to it (nginx's $proxy_add_x_forwarded_for) puts the address it saw
// last. Anything that is not an IP address counts as one shared address.
import { isIP } from "node:net";
import type { TLoginClient } from "@/lib/auth/service/session";

/** What a forwarded-for value that is not an IP address counts as: one address shared by all such. */
export const UNKNOWN_ADDRESS = "unknown";

type THeaders = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value.at(-1) : value);

export function loginClient(headers: THeaders | undefined): TLoginClient {
  const forwarded = one(headers?.["x-forwarded-for"]);
  const last = forwarded?.split(",").at(-1)?.trim();
  return {
    address: last === undefined ? null : isIP(last) ? last : UNKNOWN_ADDRESS,
    userAgent: one(headers?.["user-agent"])?.slice(0, 300) ?? null,
  };
}
