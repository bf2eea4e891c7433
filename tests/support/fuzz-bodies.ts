// Generators of request bodies and query strings for the fuzz test: an object of fields, mostly
// valid with a few hostile; or the wrong shape, broken JSON, JSON escapes of characters no text may
// hold, bytes that are not UTF-8; query pairs with bad %-encoding; junk Accept-Language headers.
import fc from "fast-check";
import type { TBody, TQueryPair } from "./fuzz-request";
import { hostileString, hostileValue, junk } from "./fuzz-values";

// ---------------------------------------------------------------------------------------------
// Bodies

const OMIT = Symbol("omit");

/** Fields with a generator each: mostly all valid, with a few replaced by hostile values or left out. */
export function objectOf(
  fields: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(fields);
  const mutation = fc.tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...names) },
      {
        weight: 1,
        arbitrary: fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.constantFrom("__proto__", "constructor", `ti\u0000tle`, "\ud800", "version"),
        ),
      },
    ),
    fc.oneof({ weight: 5, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.constant(OMIT) }),
  );
  return fc
    .record({
      good: fc.record(fields),
      mutations: fc.oneof(
        { weight: 2, arbitrary: fc.constant([]) },
        { weight: 4, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }) },
      ),
    })
    .map(({ good, mutations }) => {
      const value: Record<string, unknown> = { ...good };
      for (const [name, mutant] of mutations) {
        if (mutant === OMIT) delete value[name];
        // defineProperty, so "__proto__" is an own key that JSON.stringify writes.
        else
          Object.defineProperty(value, name, {
            value: mutant,
            enumerable: true,
            writable: true,
            configurable: true,
          });
      }
      return value;
    });
}

/** JSON escapes of characters no text may hold, written into the raw body (JSON.parse decodes them). */
const RAW_ESCAPES = [
  "\\ud800",
  "\\udc00",
  "\\udbff\\ud800",
  "\\uDFFF",
  "\\u0000",
  "\\u001b",
  "\\u0085",
  "\\ud800\\u0000",
];

/** Byte sequences that are not UTF-8: a lone continuation byte, overlong, an encoded surrogate, beyond U+10FFFF. */
const BAD_UTF8 = [
  [0xff],
  [0x80],
  [0xc0, 0xaf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xc3],
];

const encoder = new TextEncoder();

/** `{"<name>":"x<escape>y", …rest}` as raw JSON text. */
function withRawEscape(value: Record<string, unknown>, name: string, escape: string): string {
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => key !== name));
  const restJson = JSON.stringify(rest);
  const head = `{${JSON.stringify(name)}:"x${escape}y"`;
  return restJson === "{}" ? `${head}}` : `${head},${restJson.slice(1)}`;
}

/** The JSON text of `value` with the bytes of one string value replaced by bytes that are not UTF-8. */
function withBadUtf8(value: Record<string, unknown>, name: string, bad: number[]): number[] {
  const marker = "\u0001MARK\u0001";
  const text = JSON.stringify({ ...value, [name]: `x${marker}y` }).replace(
    JSON.stringify(marker).slice(1, -1),
    "\u0002",
  );
  const bytes = [...encoder.encode(text)];
  const at = bytes.indexOf(0x02);
  return [...bytes.slice(0, at), ...bad, ...bytes.slice(at + 1)];
}

/** A body for `object`: mostly the JSON of it, sometimes the wrong shape, broken JSON, escapes or bytes. */
export function bodyOf(object: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<TBody> {
  const withName = object.chain((value) => {
    const names = Object.keys(value);
    return fc.record({
      value: fc.constant(value),
      name: names.length > 0 ? fc.constantFrom(...names) : fc.constant("title"),
    });
  });
  return fc.oneof(
    { weight: 24, arbitrary: object.map((json): TBody => ({ json })) },
    { weight: 2, arbitrary: junk.map((json): TBody => ({ json })) },
    {
      weight: 2,
      arbitrary: fc
        .record({ it: withName, escape: fc.constantFrom(...RAW_ESCAPES) })
        .map(({ it, escape }): TBody => ({ text: withRawEscape(it.value, it.name, escape) })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ it: withName, bad: fc.constantFrom(...BAD_UTF8) })
        .map(({ it, bad }): TBody => ({ bytes: withBadUtf8(it.value, it.name, bad) })),
    },
    { weight: 1, arbitrary: brokenJson(object) },
    {
      weight: 1,
      arbitrary: fc
        .record({
          json: object,
          contentType: fc.constantFrom("text/plain", "", "application/xml", "multipart/form-data"),
        })
        .map(({ json, contentType }): TBody => ({ json, contentType })),
    },
    { weight: 1, arbitrary: fc.constant<TBody>({ none: true }) },
  );
}

/** Text that is not JSON, or JSON no parser should be asked to nest so deep. */
function brokenJson(object: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<TBody> {
  return fc.oneof(
    fc.record({ value: object, cut: fc.nat() }).map(({ value, cut }): TBody => {
      const text = JSON.stringify(value);
      return { text: text.slice(0, cut % Math.max(1, text.length)) };
    }),
    fc
      .constantFrom(
        "",
        "{",
        "nul",
        '{"a":}',
        '{"a":1,}',
        "{'a':1}",
        '{"a":NaN}',
        '{"version":1e999}',
        '{"version":12345678901234567890}',
        '{"title":"ok","title":"\\u0000"}',
        "\ufeff{}",
        "[]",
        "null",
        '"\\ud800"',
      )
      .map((text): TBody => ({ text })),
    fc
      .record({ depth: fc.integer({ min: 1_000, max: 100_000 }), open: fc.constantFrom("[", '{"a":') })
      .map(({ depth, open }): TBody => ({
        text: open.repeat(depth) + "1" + (open === "[" ? "]" : "}").repeat(depth),
      })),
  );
}

// ---------------------------------------------------------------------------------------------
// Query strings

/** %-sequences that do not decode, or decode to a control character or half a surrogate pair. */
const BAD_PERCENT = [
  "%",
  "%Z",
  "%zz",
  "%E0%A4%A",
  "%ED%A0%80",
  "%C0%80",
  "%FF%FE",
  "%00",
  "%0A",
  "%1F",
  "%7F",
  "%uD800",
  "+%",
];

/** Pairs of the endpoint's own keys (mostly valid values) and junk keys, encoded well or badly. */
export function queryOf(keys: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<TQueryPair[]> {
  const names = Object.keys(keys);
  const good = names.map((name) =>
    fc.option(
      keys[name].map((value): TQueryPair => [name, value, "encoded"]),
      { nil: undefined, freq: 3 },
    ),
  );
  const bad = fc.oneof(
    fc
      .record({ key: names.length > 0 ? fc.constantFrom(...names) : fc.constant("q"), value: hostileString })
      .map(({ key, value }): TQueryPair => [key, value, "encoded"]),
    fc
      .record({
        key: names.length > 0 ? fc.constantFrom(...names, "%00", "x%ZZ") : fc.constant("q"),
        pieces: fc.array(fc.oneof(fc.constantFrom(...BAD_PERCENT), fc.constantFrom("a", "1", "=", "&")), {
          minLength: 1,
          maxLength: 4,
        }),
      })
      .map(({ key, pieces }): TQueryPair => [key, pieces.join(""), "raw"]),
  );
  return fc
    .record({ good: fc.tuple(...good), bad: fc.array(bad, { maxLength: 2 }) })
    .map(({ good: pairs, bad: extra }) => [
      ...pairs.filter((p): p is TQueryPair => p !== undefined),
      ...extra,
    ]);
}

/** Accept-Language values: junk the header allows (no control characters). */
export const languageHeader = fc.option(
  fc.oneof(
    fc.constantFrom("id", "en", "id-ID,id;q=0.9", "*", "xx", "en;q=abc", ",,,", "id;q=2", "é"),
    fc.string({ maxLength: 30 }).map((s) => s.replace(/[^\x20-\x7e]/g, "")),
  ),
  { nil: undefined, freq: 4 },
);
