// The checked import: per-row errors (row and field, as in the file) and what each row will do.
"use client";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, Td, Th, THead } from "@/components/ui/table";
import type { TImportResult } from "@/lib/person/schema";

const FIELDS = ["name", "position", "organisation", "email", "sex", "language"] as const;

export function ImportPreview({ result }: { result: TImportResult }) {
  const t = useTranslations("people");
  const tc = useTranslations("common");
  const tLanguage = useTranslations("language");
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
            <THead>
              <tr>
                <Th>{t("importPage.row")}</Th>
                <Th>{t("importPage.field")}</Th>
                <Th>{t("importPage.message")}</Th>
              </tr>
            </THead>
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
            <THead>
              <tr>
                <Th>{t("importPage.row")}</Th>
                <Th>{t("importPage.action")}</Th>
                <Th>{t("columns.name")}</Th>
                <Th>{t("columns.organisation")}</Th>
                <Th>{t("columns.email")}</Th>
                <Th>{t("columns.sex")}</Th>
                <Th>{t("columns.language")}</Th>
              </tr>
            </THead>
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
                  <Td>
                    <p className="font-medium">{r.name}</p>
                    {r.position ? <p className="text-xs text-slate-600">{r.position}</p> : null}
                  </Td>
                  <Td>{r.organisation ?? tc("none")}</Td>
                  <Td>{r.email ?? tc("none")}</Td>
                  <Td>{r.sex ? t(`sex.${r.sex}`) : tc("none")}</Td>
                  <Td>{tLanguage(r.language)}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
        </section>
      ) : null}
    </div>
  );
}
