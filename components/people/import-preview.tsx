// The checked import: per-row errors (row and field, as in the file) and what each row will do.
"use client";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, Td, THeadRow } from "@/components/ui/table";
import type { TImportResult } from "@/lib/person/schema";
import { PersonCells, usePersonColumns } from "./person-cells";

const FIELDS = ["name", "position", "organisation", "email", "sex", "language"] as const;

export function ImportPreview({ result }: { result: TImportResult }) {
  const t = useTranslations("people");
  const columns = usePersonColumns();
  const field = (name: string) =>
    (FIELDS as readonly string[]).includes(name) ? t(`columns.${name as (typeof FIELDS)[number]}`) : name;
  return (
    <div className="space-y-6">
      {result.errors.length > 0 ? (
        <section aria-labelledby="import-errors" className="space-y-2">
          <h2 id="import-errors" className="text-lg font-semibold text-red-800">
            {t("importPage.errorsTitle", { count: result.errors.length })}
          </h2>
          <p className="text-sm text-slate-700">{t("importPage.fixFirst")}</p>
          <Table>
            <THeadRow columns={[t("importPage.row"), t("importPage.field"), t("importPage.message")]} />
            <TBody>
              {result.errors.map((e, i) => (
                <tr key={`${e.row}-${e.field}-${i}`}>
                  <Td className="tabular-nums">{e.row}</Td>
                  <Td>{field(e.field)}</Td>
                  <Td>{e.message}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
        </section>
      ) : null}
      {result.rows.length > 0 ? (
        <section aria-labelledby="import-preview" className="space-y-2">
          <h2 id="import-preview" className="text-lg font-semibold">
            {t("importPage.previewTitle")}
          </h2>
          <Table>
            <THeadRow columns={[t("importPage.row"), t("importPage.action"), ...columns]} />
            <TBody>
              {result.rows.map((r) => (
                <tr key={r.row}>
                  <Td className="tabular-nums">{r.row}</Td>
                  <Td>
                    <Badge tone={r.action === "create" ? "success" : "info"}>
                      {t(`importPage.${r.action}`)}
                    </Badge>
                    {r.action === "update" ? (
                      <p className="mt-1 text-xs text-slate-600">
                        {r.changedFields.length === 0
                          ? t("importPage.unchanged")
                          : t("importPage.changes", { fields: r.changedFields.map(field).join(", ") })}
                      </p>
                    ) : null}
                  </Td>
                  <PersonCells person={r} />
                </tr>
              ))}
            </TBody>
          </Table>
        </section>
      ) : null}
    </div>
  );
}
