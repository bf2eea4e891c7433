// The one frame of every server action: the session (or, for a public action, none), the input
// parsed with the shared zod schema, the handler, the pages to refresh — and one result type:
// success with data, or a typed failure with a stable code and messages in the reader's language.
import "server-only";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { LOCALE_COOKIE, toLocale, type TLocale } from "@/i18n/locales";
import { errorAnswer, internalAnswer, unavailableAnswer } from "@/lib/api/error-answer";
import { isDatabaseUnavailable } from "@/lib/health/database-unavailable";
import type { TActor } from "@/lib/audit/actor";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { TCurrentUser } from "@/lib/user/service";
import { parseInput } from "@/lib/validation";
import type { TActionResult } from "./result";

export type { TActionFailure, TActionResult } from "./result";

export type TActionContext = { user: TCurrentUser; actor: TActor; locale: TLocale };

type TOptions<I, T> = {
  /** Paths whose pages show what the action changed. */
  revalidate?: (input: I, data: T) => string[];
  /** Where to go after a success (a form that opens the saved record). */
  redirect?: (input: I, data: T) => string;
  /** Reads a submitted form into the schema's input (default: one value per field name). */
  fromForm?: (form: FormData) => unknown;
  /**
   * The language of the answer when the input names one (a page shown in its reader's language
   * without the language cookie, e.g. the RSVP page); otherwise the app's language cookie.
   */
  locale?: (input: Record<string, unknown>) => unknown;
};

/** A submitted form as a plain object; a name given several times becomes a list. */
export function formObject(form: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 ? all : all[0];
  }
  return values;
}

async function readerLocale(named: unknown): Promise<TLocale> {
  if (named === "en" || named === "id") return named;
  return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

function frame<S extends z.ZodType, C, T>(
  name: string,
  schema: S,
  context: (locale: TLocale) => Promise<C>,
  handler: (input: z.output<S>, ctx: C) => Promise<T>,
  options: TOptions<z.output<S>, T>,
) {
  return async (raw: z.input<S> | FormData): Promise<TActionResult<T>> => {
    const values = raw instanceof FormData ? (options.fromForm ?? formObject)(raw) : raw;
    const locale = await readerLocale(
      typeof values === "object" && values !== null
        ? options.locale?.(values as Record<string, unknown>)
        : null,
    );
    let input: z.output<S>;
    let data: T;
    try {
      const ctx = await context(locale);
      input = parseInput(schema, values);
      data = await handler(input, ctx);
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error)) return { ok: false, ...errorAnswer(error, locale) };
      if (isDatabaseUnavailable(error)) {
        logger.warn({ err: error, action: name }, "database unavailable; action not carried out");
        return { ok: false, ...unavailableAnswer(locale) };
      }
      logger.error({ err: error, action: name }, "server action failed");
      return { ok: false, ...internalAnswer(locale) };
    }
    for (const path of options.revalidate?.(input, data) ?? []) revalidatePath(path);
    if (options.redirect) redirect(options.redirect(input, data));
    return { ok: true, data };
  };
}

/** A server action of a signed-in user; the handler (its service) checks the permission. */
export function runAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: (input: z.output<S>, ctx: TActionContext) => Promise<T>,
  options: TOptions<z.output<S>, T> = {},
) {
  return frame(
    name,
    schema,
    async (locale) => {
      const user = await getCurrentUser();
      if (!user) throw AppError.unauthenticated();
      return { user, actor: { userId: user.id }, locale };
    },
    handler,
    options,
  );
}

/**
 * A server action without a session: behind a signed link (the handler verifies the link itself),
 * or the language switch, which anyone may use.
 */
export function runPublicAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  handler: (input: z.output<S>, ctx: { locale: TLocale }) => Promise<T>,
  options: TOptions<z.output<S>, T> = {},
) {
  return frame(name, schema, async (locale) => ({ locale }), handler, options);
}
