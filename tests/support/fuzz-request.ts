// Requests for the fuzz test as plain data (so fast-check can print and shrink them): a body that is
// JSON, raw text or raw bytes, a query string with %-encoding good or bad, and path params; and how
// one is sent to its route handler. Values that depend on the database at the time of sending (the
// current version of a record, the newest agenda item) are written as "$live:<name>" and looked up
// just before the request is sent.
import { apiRequest, type TRouteHandler } from "./call-route";

export type TBody =
  | { json: unknown; contentType?: string }
  | { text: string; contentType?: string }
  /** Bytes as numbers, so a counterexample prints them. */
  | { bytes: number[]; contentType?: string }
  | { none: true };

/** A query value as sent: %-encoded from the text, or written into the URL as it is (bad %-encoding). */
export type TQueryPair = [key: string, value: string, encoding: "encoded" | "raw"];

export type THttpCall = {
  endpoint: string;
  params: Record<string, string>;
  query: TQueryPair[];
  body: TBody;
  /** Accept-Language: the language of the error messages (a header value may hold no control character). */
  language?: string;
};

export type TOutcome = { status: number; detail?: string };

/** encodeURIComponent, which throws on half a surrogate pair: then the text as it is (the URL parser replaces it). */
export function safeEncode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

export const queryString = (pairs: TQueryPair[]) =>
  pairs.length === 0
    ? ""
    : `?${pairs.map(([k, v, how]) => (how === "raw" ? `${k}=${v}` : `${safeEncode(k)}=${safeEncode(v)}`)).join("&")}`;

// ---------------------------------------------------------------------------------------------
// Live values and sending

const LIVE = "$live:";
export const live = (name: string) => `${LIVE}${name}`;

export type TResolvers = Record<string, (params: Record<string, string>) => Promise<unknown>>;

async function resolve(
  value: unknown,
  resolvers: TResolvers,
  params: Record<string, string>,
): Promise<unknown> {
  if (typeof value === "string" && value.startsWith(LIVE)) {
    const resolver = resolvers[value.slice(LIVE.length)];
    if (!resolver) throw new Error(`no resolver for ${value}`);
    return resolver(params);
  }
  if (Array.isArray(value)) return Promise.all(value.map((v) => resolve(v, resolvers, params)));
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, key, {
        value: await resolve(item, resolvers, params),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

export type TEndpoint = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- handlers of every route's params
  handler: TRouteHandler<any>;
  method: string;
  path: (params: Record<string, string>) => string;
};

/** Sends a call to its route handler in-process, as `token`'s holder; the status and, for a 5xx, the answer. */
export async function sendHttp(
  call: THttpCall,
  endpoints: Record<string, TEndpoint>,
  token: string,
  resolvers: TResolvers = {},
): Promise<TOutcome> {
  const endpoint = endpoints[call.endpoint];
  const params = (await resolve(call.params, resolvers, {})) as Record<string, string>;
  const query = (await resolve(call.query, resolvers, params)) as TQueryPair[];
  const url = new URL(endpoint.path(params) + queryString(query), "http://localhost").toString();
  const headers: Record<string, string> = call.language ? { "accept-language": call.language } : {};
  const { body } = call;
  let request: Request;
  if ("json" in body) {
    const json = await resolve(body.json, resolvers, params);
    request = apiRequest(url, {
      method: endpoint.method,
      token,
      body: JSON.stringify(json) ?? "",
      headers: body.contentType !== undefined ? { ...headers, "content-type": body.contentType } : headers,
    });
  } else if ("none" in body) {
    request = apiRequest(url, { method: endpoint.method, token, headers });
  } else {
    request = new Request(url, {
      method: endpoint.method,
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": body.contentType ?? "application/json",
        ...headers,
      },
      body: "text" in body ? body.text : new Uint8Array(body.bytes),
    });
  }
  const response = await endpoint.handler(request, { params: Promise.resolve(params) });
  const text = response.status >= 500 ? (await response.text()).slice(0, 500) : undefined;
  if (response.status < 500) await response.body?.cancel();
  return { status: response.status, detail: text };
}
