// The register's query (/actions and GET /api/v1/action-items) and its answer: one schema for the
// page's filter form, the API and openapi.json. A GET form sends every field, blank ones too, so
// blank means "no filter". Safe for the browser.
import { z } from "zod";
import { MEETING_KINDS } from "@/lib/meeting/schema";
import { ZPage } from "@/lib/pagination/schema";
import { zCalendarDate } from "@/lib/schema/fields";
import { ACTION_STATUSES } from "./schema";

export const REGISTER_SORTS = ["due", "status", "reference", "owner"] as const;
export type TRegisterSort = (typeof REGISTER_SORTS)[number];
export const SORT_ORDERS = ["asc", "desc"] as const;

/** An id to filter by; blank is no filter. */
const zFilterId = () =>
  z
    .string()
    .trim()
    .max(64)
    .transform((v) => (v === "" ? undefined : v))
    .optional();

/** A calendar day "YYYY-MM-DD"; blank is no filter. */
const zFilterDay = () =>
  z
    .string()
    .trim()
    .transform((v) => (v === "" ? undefined : v))
    .pipe(zCalendarDate("actionRegister.errors.date").optional())
    .optional()
    .describe("YYYY-MM-DD, inclusive");

/** One status or several: repeated (`status=OPEN&status=DONE`) or comma-separated (`OPEN,DONE`). */
const ZStatusFilter = z
  .union([z.string(), z.array(z.string())])
  .transform((v) =>
    (Array.isArray(v) ? v : [v])
      .flatMap((s) => s.split(","))
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(ACTION_STATUSES, "actionRegister.errors.status")).max(ACTION_STATUSES.length))
  .optional()
  .describe(`One or several of ${ACTION_STATUSES.join(", ")}, comma-separated`);

/** A checkbox ("on") or an API flag ("true"/"1"); blank, "false" or "0" is no filter. */
const ZFlag = z
  .enum(["true", "false", "1", "0", "on", ""], "errors.field.invalidType")
  .optional()
  .transform((v) => v === "true" || v === "1" || v === "on")
  .describe("true: only overdue items (not done or dropped, due before today; reported done counts as open)");

export const ZActionRegisterQuery = z.object({
  programmeId: zFilterId(),
  meetingId: zFilterId(),
  organisationId: zFilterId().describe("The owner organisation; a ministry includes its directorates"),
  personId: zFilterId().describe("The owner person"),
  status: ZStatusFilter,
  dueAfter: zFilterDay(),
  dueBefore: zFilterDay(),
  overdue: ZFlag,
  sort: z.enum(REGISTER_SORTS, "errors.field.invalidType").default("due"),
  order: z.enum(SORT_ORDERS, "errors.field.invalidType").default("asc"),
  page: ZPage,
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type TActionRegisterQuery = z.infer<typeof ZActionRegisterQuery>;

/** What GET /api/v1/action-items answers: a page as JSON (the default), or the whole filtered register as a file. */
export const EXPORT_FORMATS = ["json", "csv", "xlsx"] as const;
export type TExportFormat = (typeof EXPORT_FORMATS)[number];

/** The most rows one export holds; a larger filtered register is refused (narrow the filter). */
export const EXPORT_ROW_LIMIT = 10_000;

/** The register's query with the answer's format: csv and xlsx ignore page and pageSize. */
export const ZActionExportQuery = ZActionRegisterQuery.extend({
  format: z
    .enum(EXPORT_FORMATS, "errors.field.invalidType")
    .default("json")
    .describe(
      `json: one page. csv or xlsx: every item of the filter (all pages, in the chosen sort, at most ${EXPORT_ROW_LIMIT.toLocaleString("en")}), as a download`,
    ),
});
export type TActionExportQuery = z.infer<typeof ZActionExportQuery>;

type TSearchParams = Record<string, string | string[] | undefined>;

/**
 * The query of the page's URL, forgiving: a value that does not parse (a typo in a shared link) is
 * dropped, so the page still shows the register with the rest of the filter.
 */
export function registerQueryFromSearchParams(params: TSearchParams): TActionRegisterQuery {
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    raw[key] = key === "status" || typeof value === "string" ? value : value[0];
  }
  const first = ZActionRegisterQuery.safeParse(raw);
  if (first.success) return first.data;
  for (const issue of first.error.issues) delete raw[String(issue.path[0])];
  return ZActionRegisterQuery.parse(raw);
}

/** The URL's search string of a query: only what differs from the defaults, so links stay short. */
export function registerSearch(query: Partial<TActionRegisterQuery>): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | undefined) => {
    if (value) params.set(key, value);
  };
  put("programmeId", query.programmeId);
  put("meetingId", query.meetingId);
  put("organisationId", query.organisationId);
  put("personId", query.personId);
  if (query.status?.length) params.set("status", query.status.join(","));
  put("dueAfter", query.dueAfter);
  put("dueBefore", query.dueBefore);
  if (query.overdue) params.set("overdue", "true");
  if (query.sort && query.sort !== "due") params.set("sort", query.sort);
  if (query.order && query.order !== "asc") params.set("order", query.order);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== 25) params.set("pageSize", String(query.pageSize));
  const search = params.toString();
  return search ? `?${search}` : "";
}

export const ZActionRegisterRow = z.object({
  id: z.string(),
  reference: z.string().describe('Meeting kind and number, "A", running number: "PSC3/A/04"'),
  title: z.string(),
  ownerOrganisation: z
    .object({ id: z.string(), name: z.string(), acronym: z.string().nullable() })
    .nullable(),
  ownerPerson: z.object({ id: z.string(), name: z.string() }).nullable(),
  dueDate: z.string().nullable().describe("YYYY-MM-DD"),
  status: z.enum(ACTION_STATUSES),
  isOverdue: z.boolean(),
  meeting: z.object({
    id: z.string(),
    kind: z.enum(MEETING_KINDS),
    sequenceNumber: z.number().int(),
    title: z.string(),
  }),
  programme: z.object({ id: z.string(), title: z.string() }),
});
export type TActionRegisterRow = z.infer<typeof ZActionRegisterRow>;

export const ZActionRegister = z.object({
  data: z.array(ZActionRegisterRow),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  pageCount: z.number().int(),
  counts: z
    .record(z.enum(ACTION_STATUSES), z.number().int())
    .describe("Items per status under the same filter, the status filter left out"),
});
export type TActionRegister = z.infer<typeof ZActionRegister>;
