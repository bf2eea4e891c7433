// Generators of hostile input for the property-based fuzz test (tests/integration/fuzz.test.ts):
// text with NUL, C0/C1 control characters, lone surrogates and huge lengths, dates outside any
// meeting's lifetime, numbers as strings and numbers no column holds, nested junk, bodies that are
// not JSON or not UTF-8, query strings with bad %-encoding — and the valid-but-unusual values
// (emoji, combining marks, C1, bidi overrides) that must be stored exactly as sent.
import fc from "fast-check";

const char = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCharCode(c));

const PLAIN = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .,-_@/:".split("");
const plainChar = fc.constantFrom(...PLAIN);

/** Characters a stored text may hold although they look odd: they must round-trip unharmed. */
const oddButValidChar = fc.constantFrom(
  "é",
  "e\u0301",
  "İ",
  "ß",
  "ﬀ",
  "😀",
  "👩🏽‍💻",
  "𝕏",
  "\u00a0",
  "\u200b",
  "\u202e",
  "\u2028",
  "\u2029",
  "\ufeff",
  "\uffff",
  "\\",
  '"',
  "'",
  "%",
  "%00",
  "<b>",
  "&amp;",
  "${x}",
  "{{7*7}}",
  '\'; DROP TABLE "Meeting"; --',
);

/** Characters no record may hold, or only some records: C0 (NUL, tab, line feed …), DEL and C1, half a surrogate pair. */
export const hostileChar = fc.oneof(
  { weight: 3, arbitrary: char(0x00, 0x1f) },
  { weight: 2, arbitrary: fc.constant("\u0000") },
  { weight: 1, arbitrary: char(0x7f, 0x9f) },
  { weight: 2, arbitrary: char(0xd800, 0xdfff) },
  { weight: 1, arbitrary: fc.constantFrom("\ufffd", "\r\n", "\n", "\t") },
  { weight: 2, arbitrary: oddButValidChar },
);

/** Text mostly of plain characters, with hostile ones among them. */
export const hostileText = fc
  .array(fc.oneof({ weight: 3, arbitrary: plainChar }, { weight: 1, arbitrary: hostileChar }), {
    maxLength: 40,
  })
  .map((chars) => chars.join(""));

/** At least 100 kB: a long run of one character, sometimes with a hostile one at an end. */
export const hugeText = fc
  .record({
    fill: fc.constantFrom("x", "é", "😀", " ", "\n"),
    size: fc.integer({ min: 100_000, max: 300_000 }),
    edge: fc.option(hostileChar, { nil: "" }),
    atStart: fc.boolean(),
  })
  .map(({ fill, size, edge, atStart }) => {
    const body = fill.repeat(Math.ceil(size / fill.length));
    return atStart ? edge + body : body + edge;
  });

/** Years no date of a meeting, a due date or a programme falls in, and forms no parser should take. */
export const hostileDate = fc.oneof(
  fc.constantFrom(
    "0000-01-01",
    "0000-01-01T00:00:00Z",
    "9999-12-31",
    "9999-12-31T23:59:59Z",
    "9999-12-31T23:59:59.999+14:00",
    "1899-12-31",
    "1899-12-31T23:59:59Z",
    "1900-01-01T00:00:00+14:00",
    "2200-12-31T23:59:59-12:00",
    "2201-01-01",
    "+275760-09-13T00:00:00Z",
    "-000001-01-01T00:00:00Z",
    "2026-02-30",
    "2026-02-29T10:00:00Z",
    "2026-13-01",
    "2026-00-10",
    "2026-12-10T25:00:00Z",
    "2026-12-10T09:00:00+99:00",
    "2026-12-10T09:00:00",
    "2026-12-10 09:00",
    "10/12/2026",
    "Invalid Date",
    "1e12",
    "1765353600000",
  ),
  fc.integer({ min: 0, max: 10_000 }).map((year) => `${String(year).padStart(4, "0")}-06-15T12:00:00Z`),
  fc.integer({ min: 0, max: 9999 }).map((year) => `${String(year).padStart(4, "0")}-12-31`),
);

/** A valid instant in the next years, with an offset (what a client sends). */
export const goodDateTime = fc
  .record({ day: fc.integer({ min: 0, max: 3650 }), hour: fc.integer({ min: 0, max: 20 }) })
  .map(({ day, hour }) => new Date(Date.UTC(2026, 0, 1 + day, hour)).toISOString());

/** A valid calendar day, sometimes at the ends of the range dates may have. */
export const goodDate = fc.oneof(
  fc
    .integer({ min: 0, max: 3650 })
    .map((day) => new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10)),
  fc.constantFrom("1900-01-01", "2200-12-31", "2028-02-29"),
);

/** Numbers a column cannot hold (int4 overflow, fractions, negatives) or JSON turns into null. */
export const hostileNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    1.5,
    2 ** 31 - 1,
    2 ** 31,
    2 ** 32,
    -(2 ** 31) - 1,
    2 ** 53,
    2 ** 53 + 2,
    1e308,
    -1e308,
    5e-324,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ),
  fc.integer(),
  fc.double(),
);

/** Numbers written as strings, some of which a careless coercion takes. */
export const numericString = fc.constantFrom(
  "1",
  "01",
  "-1",
  "0",
  "1.0",
  "1.5",
  "1e3",
  "1e309",
  "-0",
  "0x10",
  "0b1",
  "NaN",
  "Infinity",
  " 1 ",
  "1 000",
  "١",
  "９",
  "2147483648",
  "9007199254740993",
  "",
  " ",
);

/** Links a meeting may not carry, or only in normalised form (lib/meeting/online-url.ts). */
export const hostileUrl = fc.constantFrom(
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "file:///etc/passwd",
  "vbscript:msgbox",
  "HTTPS://MEET.EXAMPLE.ORG/Room",
  "https://meet_room.example.org/x",
  "https://[::1]/x",
  "https://user:pass@example.org/",
  "https://exa mple.org/",
  "https://%00.example.org/",
  "https://example.org/\u0000",
  "https://bücher.example/",
  "msteams:/l/meetup-join/19%3ameeting",
  "MSTEAMS://teams.microsoft.com/l/x",
  "zoommtg://zoom.us/join?confno=123",
  "zoomus://",
  "zoommtg:",
  "http://",
  "https://example.org:99999/",
  "//example.org/",
  "example.org",
  "https://example.org/" + "a".repeat(2100),
);

/** Any text a client might send in a string field. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: hostileText },
  { weight: 1, arbitrary: hugeText },
  { weight: 2, arbitrary: hostileDate },
  { weight: 2, arbitrary: numericString },
  { weight: 1, arbitrary: hostileUrl },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\u0000", "null", "undefined", "true", "[]", "{}") },
);

const junkKey = fc.oneof(
  { weight: 3, arbitrary: hostileText },
  {
    weight: 1,
    arbitrary: fc.constantFrom("__proto__", "constructor", "prototype", "toString", "", "\u0000"),
  },
);

/** Any JSON value, nested a few levels: the wrong shape for any field. */
export const junk: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; array: unknown[]; object: object }>(
  (tie) => ({
    value: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      hostileString,
      hostileNumber,
      fc.boolean(),
      fc.constant(null),
      tie("array"),
      tie("object"),
    ),
    array: fc.array(tie("value"), { maxLength: 4 }),
    object: fc.dictionary(junkKey, tie("value"), { maxKeys: 4 }),
  }),
).value;

/** A value for a field that expects something else: text, a number, junk. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: junk },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
);

/** Valid text of `min`–`max` characters with odd but allowed characters; `isOneLine`: no line breaks. */
export function okText(min: number, max: number, { isOneLine = true } = {}): fc.Arbitrary<string> {
  const c1 = char(0x80, 0x9f);
  const unit = fc.oneof(
    { weight: 6, arbitrary: plainChar },
    { weight: 2, arbitrary: oddButValidChar },
    { weight: 1, arbitrary: c1 },
    ...(isOneLine ? [] : [{ weight: 1, arbitrary: fc.constantFrom("\n", "\t", "\r\n") }]),
  );
  return fc
    .array(unit, { minLength: min, maxLength: Math.min(max, 40) })
    .map((chars) => `Fz ${chars.join("")}`.slice(0, max).trim())
    .filter((text) => text.length >= min);
}

/** Either a valid value of the field (mostly) or a hostile one. */
export const field = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown> = hostileValue) =>
  fc.oneof({ weight: 12, arbitrary: good as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: bad });

/** An id as the app makes them: "c" and 24 lower-case letters and digits. */
export const cuidLike = fc
  .array(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789".split("")), {
    minLength: 24,
    maxLength: 24,
  })
  .map((chars) => `c${chars.join("")}`);

/** Ids that name nothing, or cannot be ids at all. */
export const hostileId = fc.oneof(
  { weight: 3, arbitrary: cuidLike },
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: hugeText },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\u0000",
      "m\u0000",
      "..",
      "../../etc/passwd",
      "%00",
      "%2e%2e",
      "1",
      "-1",
      "0",
      "a".repeat(64),
      "a".repeat(65),
      "\ud800",
      "null",
      "undefined",
      "' OR '1'='1",
    ),
  },
);

/** An id in the path or a body: one that exists (mostly), or a hostile one. */
export const idOf = (existing: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 3, arbitrary: existing }, { weight: 1, arbitrary: hostileId });
