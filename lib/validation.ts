// Validates input with a zod schema and reports each problem as a message key with its values,
// never as zod's English text: a schema's own messages are keys ("meeting.errors.titleRequired");
// zod's built-in checks get the generic keys under errors.field. Shared by server and browser.
import { z } from "zod";
import type { TMessageKey } from "@/i18n/catalogue";
import { AppError, type TFieldIssues, type TMessageParams, type TMessageRef } from "@/lib/errors";
import { textProblem } from "@/lib/schema/text";

type TRawIssue = z.core.$ZodRawIssue;

const isKey = (message: string | undefined): message is TMessageKey =>
  typeof message === "string" && /^[a-zA-Z]+(\.[a-zA-Z0-9_]+)+$/.test(message);

/** The generic key for one of zod's own checks. */
function genericKey(issue: TRawIssue): TMessageKey {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null || issue.input === "")
        return "errors.field.required";
      if (issue.expected === "int") return "errors.field.notInteger";
      if (issue.expected === "number") return "errors.field.notNumber";
      if (issue.expected === "date") return "errors.field.invalidDate";
      return "errors.field.invalidType";
    case "too_small":
      if (issue.origin === "string")
        return Number(issue.minimum) <= 1 ? "errors.field.required" : "errors.field.tooShort";
      if (issue.origin === "array" || issue.origin === "set") return "errors.field.tooFew";
      if (issue.origin === "date") return "errors.field.invalidDate";
      return "errors.field.tooSmall";
    case "too_big":
      if (issue.origin === "string") return "errors.field.tooLong";
      if (issue.origin === "array" || issue.origin === "set") return "errors.field.tooMany";
      if (issue.origin === "date") return "errors.field.invalidDate";
      return "errors.field.tooLarge";
    case "invalid_format":
      switch (issue.format) {
        case "email":
          return "errors.field.invalidEmail";
        case "url":
          return "errors.field.invalidUrl";
        case "datetime":
          return "errors.field.invalidDateTime";
        case "date":
          return "errors.field.invalidDate";
        case "cuid":
        case "cuid2":
        case "uuid":
          return "errors.field.invalidId";
        default:
          return "errors.field.invalidFormat";
      }
    case "not_multiple_of":
      return "errors.field.notInteger";
    case "invalid_value":
      return "errors.field.invalidChoice";
    case "unrecognized_keys":
      return "errors.field.unknownField";
    default:
      return "errors.field.invalid";
  }
}

/**
 * The per-parse error map: every issue's message becomes a key. A message set on the schema
 * takes precedence over this map (zod's rule), so schemas give keys for their own wording.
 */
export const messageKeyMap: z.core.$ZodErrorMap = (issue) => genericKey(issue);

/** The values a message may name: the limit of a length or range check, unknown keys. */
function paramsOf(issue: z.core.$ZodIssue): TMessageParams | undefined {
  if (issue.code === "too_big") return { max: Number(issue.maximum) };
  if (issue.code === "too_small") return { min: Number(issue.minimum) };
  if (issue.code === "unrecognized_keys") return { keys: issue.keys.join(", ") };
  return undefined;
}

function refOf(issue: z.core.$ZodIssue): TMessageRef {
  const key = isKey(issue.message) ? issue.message : "errors.field.invalid";
  const params = paramsOf(issue);
  return params ? { key, params } : { key };
}

/**
 * The list of `field` in `issues`, made on first use. A field may be named "__proto__" (a JSON body
 * can say so): it becomes an own property, never the object's prototype.
 */
function refsOf(issues: TFieldIssues, field: string): TMessageRef[] {
  if (!Object.hasOwn(issues, field)) {
    Object.defineProperty(issues, field, { value: [], enumerable: true, writable: true, configurable: true });
  }
  return issues[field];
}

/** The issues of a failed parse, per field ("newPerson.name"; "_form" for the whole input). */
export function fieldIssuesOf(error: z.ZodError): TFieldIssues {
  const issues: TFieldIssues = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    refsOf(issues, field).push(refOf(issue));
  }
  return issues;
}

type TNode = { value: unknown; name?: string | number; parent?: TNode };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value));

function fieldOf(node: TNode): string {
  const names: (string | number)[] = [];
  for (let n: TNode | undefined = node; n?.name !== undefined; n = n.parent) names.push(n.name);
  return names.length > 0 ? names.reverse().join(".") : "_form";
}

/**
 * Text no record may hold (lib/schema/text.ts), anywhere in the input — every value and field name,
 * whatever the schema says — as issues per field. Walked without recursion, so a deeply nested
 * input cannot exhaust the stack.
 */
export function textIssues(input: unknown): TFieldIssues | null {
  let issues: TFieldIssues | null = null;
  const add = (node: TNode, key: TMessageKey) => {
    const refs = refsOf((issues ??= {}), fieldOf(node));
    if (!refs.some((r) => r.key === key)) refs.push({ key });
  };
  const pending: TNode[] = [{ value: input }];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const { value } = node;
    if (typeof value === "string") {
      const key = textProblem(value);
      if (key) add(node, key);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => pending.push({ value: item, name: i, parent: node }));
    } else if (isPlainObject(value)) {
      for (const [name, item] of Object.entries(value)) {
        const key = textProblem(name);
        if (key) add(node, key);
        else pending.push({ value: item, name, parent: node });
      }
    }
  }
  return issues;
}

function merge(a: TFieldIssues | null, b: TFieldIssues | null): TFieldIssues | null {
  if (!a || !b) return a ?? b;
  const merged: TFieldIssues = {};
  for (const issues of [a, b]) {
    for (const [field, refs] of Object.entries(issues)) refsOf(merged, field).push(...refs);
  }
  return merged;
}

function parse<T extends z.ZodType>(schema: T, input: unknown) {
  const result = schema.safeParse(input, { error: messageKeyMap });
  const issues = merge(textIssues(input), result.success ? null : fieldIssuesOf(result.error));
  return { result, issues };
}

/** Parses with message keys; the field issues, or null when the input is valid. For forms. */
export function checkInput(schema: z.ZodType, input: unknown): TFieldIssues | null {
  return parse(schema, input).issues;
}

/** Parses with message keys; invalid input is a typed VALIDATION error with the field issues. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const { result, issues } = parse(schema, input);
  if (issues || !result.success) throw AppError.validation(issues ?? {});
  return result.data;
}
