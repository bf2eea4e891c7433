// Pieces every fuzz family is built of: an endpoint (handler, method, path template), the calls of
// an endpoint as a generator, a family of endpoints sent as one role, the version fields and page
// numbers most endpoints take, and how a server action's answer reads as an HTTP status.
import fc from "fast-check";
import { HTTP_STATUS, type TErrorCode } from "@/lib/errors";
import { languageHeader, queryOf } from "./fuzz-bodies";
import {
  live,
  safeEncode,
  sendHttp,
  type TBody,
  type TEndpoint,
  type THttpCall,
  type TQueryPair,
  type TResolvers,
} from "./fuzz-request";
import type { TFamily } from "./fuzz-run";
import { hostileNumber, hostileValue, numericString } from "./fuzz-values";

/** A route handler at a path template ("/api/v1/meetings/{id}"), its params %-encoded into it. */
export const endpoint = (handler: TEndpoint["handler"], method: string, template: string): TEndpoint => ({
  handler,
  method,
  path: (params) => template.replace(/\{(\w+)\}/g, (_, name: string) => safeEncode(params[name] ?? "")),
});

type TCallParts = {
  params?: Record<string, fc.Arbitrary<string>>;
  query?: fc.Arbitrary<TQueryPair[]>;
  body?: fc.Arbitrary<TBody>;
};

/** The calls of one endpoint: its path ids, query and body, each generated. */
export function callsOf(name: string, parts: TCallParts): fc.Arbitrary<THttpCall> {
  return fc.record({
    endpoint: fc.constant(name),
    params: fc.record(parts.params ?? {}),
    query: parts.query ?? queryOf({}),
    body: parts.body ?? fc.constant<TBody>({ none: true }),
    language: languageHeader,
  });
}

/** A family of HTTP endpoints called in-process as `token`'s holder. */
export function httpFamily(
  name: string,
  token: string,
  endpoints: Record<string, TEndpoint>,
  calls: fc.Arbitrary<THttpCall>[],
  resolvers: TResolvers,
): TFamily<THttpCall> {
  return { name, arbitrary: fc.oneof(...calls), send: (call) => sendHttp(call, endpoints, token, resolvers) };
}

/** The version the caller saw: mostly the current one (looked up when sent), sometimes stale or junk. */
export const versionField = (liveName: string) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant<unknown>(live(liveName)) },
    { weight: 1, arbitrary: fc.constant(1) },
    { weight: 2, arbitrary: fc.oneof(hostileNumber, numericString, hostileValue) },
  );

/** `?version=` of a delete. */
export const versionQuery = (liveName: string) =>
  queryOf({
    version: fc.oneof(
      { weight: 4, arbitrary: fc.constant(live(liveName)) },
      { weight: 1, arbitrary: numericString },
    ),
  });

export const pageQuery = fc.oneof(numericString, fc.integer({ min: 1, max: 3 }).map(String));

/** A valid optional value, or how a client clears one (null, blank). */
export const orNull = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: arb }, { weight: 1, arbitrary: fc.constantFrom(null, "") });

/** What a server action's answer would be over HTTP (the action frame's codes; 500 for INTERNAL). */
export function actionStatus(result: { ok: true } | { ok: false; code: string }): number {
  if (result.ok) return 200;
  if (result.code === "INTERNAL") return 500;
  if (result.code === "UNAVAILABLE") return 503;
  return HTTP_STATUS[result.code as TErrorCode] ?? 500;
}

/** Values as a posted form (FormData makes half a surrogate pair U+FFFD, as a browser's form post does). */
export function formDataOf(values: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value])
      form.append(key, typeof item === "string" ? item : (JSON.stringify(item) ?? ""));
  }
  return form;
}
