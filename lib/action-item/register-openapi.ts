// The follow-up register in openapi.json: GET /action-items with the register's filters, as one
// page of JSON or, with `format=csv|xlsx`, every item of the filter as a file.
import { jsonRef, queryParameters, schema, type TOpenApiFragment } from "@/lib/api/openapi-helpers";
import { jsonOperation } from "@/lib/openapi/operation";
import { EXPORT_ROW_LIMIT, ZActionExportQuery, ZActionRegister } from "./register-schema";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const operation = jsonOperation({
  summary: "The follow-up register: the action items you may read, across meetings and programmes",
  description: `Filters combine (AND). \`organisationId\` includes the organisations under it (a ministry's directorates). \`dueAfter\` and \`dueBefore\` are inclusive calendar days. \`overdue=true\` keeps items not done or dropped and due before today (the calendar day in Asia/Jakarta); a reported-done item counts as open until verified. \`counts\` splits the filtered items by status, the status filter left out. Sorted by \`sort\` (due: due date, items without one last; status; reference: the meeting, then the item's number; owner: organisation, then person) in \`order\`.\n\nExport: \`format=csv\` or \`format=xlsx\` answers every item of the filter (all pages, in the chosen sort; \`page\` and \`pageSize\` are ignored) as a download, with the latest progress update of each. Column headers and statuses are in the caller's language (\`Accept-Language: id\`, else their setting). The CSV is RFC 4180, UTF-8 with a byte-order mark, CRLF line ends; a cell starting with = + - @ (or a tab or carriage return) is prefixed with an apostrophe so a spreadsheet does not run it as a formula. The XLSX has one sheet, dates as date cells, text as text (never formulas). At most ${EXPORT_ROW_LIMIT.toLocaleString("en")} items: a filter finding more answers 400 (\`actionExport.errors.tooMany\`) — narrow the filter.`,
  operationId: "listActionItems",
  parameters: queryParameters(ZActionExportQuery),
  answers: { "200": ["One page of the register, with counts per status", "ActionRegister"] },
});

export const actionRegisterOpenApi: TOpenApiFragment = {
  schemas: { ActionRegister: schema(ZActionRegister) },
  paths: {
    "/action-items": {
      get: {
        ...operation,
        responses: {
          ...operation.responses,
          "200": {
            description:
              "format=json (default): one page of the register, with counts per status. format=csv or xlsx: every item of the filter, downloaded as action-items-<date>.csv or .xlsx",
            content: {
              ...jsonRef("ActionRegister"),
              "text/csv": { schema: { type: "string" } },
              [XLSX_TYPE]: { schema: { type: "string", format: "binary" } },
            },
          },
        },
      },
    },
  },
};
