// Shows the generated news-style summary in either language and format, copies it for publishing
// and, on request, shows under each sentence the recorded fields it was built from.
"use client";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { LOCALES, toLocale, type TLocale } from "@/i18n/locales";
import { summaryToPlainText } from "@/lib/summary/render";
import type { TSummaryOutput } from "@/lib/summary/types";
import { SummaryArticle } from "./summary-article";

const FORMATS = ["preview", "markdown", "html"] as const;
type TFormat = (typeof FORMATS)[number];
type TCopyStatus = "copied" | "failed" | null;

type TProps = { summaries: Record<TLocale, TSummaryOutput> };

function Toggles<T extends string>(props: {
  label: string;
  options: readonly T[];
  value: T;
  labelOf: (option: T) => string;
  /** The language of an option's own label ("English" stays English on an Indonesian screen). */
  langOf?: (option: T) => string;
  onChange: (option: T) => void;
}) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span id={id} className="text-sm font-medium text-slate-700">
        {props.label}
      </span>
      <div role="group" aria-labelledby={id} className="inline-flex gap-1 rounded-lg bg-slate-100 p-1">
        {props.options.map((option) => (
          <Button
            key={option}
            type="button"
            size="sm"
            variant={option === props.value ? "secondary" : "ghost"}
            aria-pressed={option === props.value}
            lang={props.langOf?.(option)}
            onClick={() => props.onChange(option)}
          >
            {props.labelOf(option)}
          </Button>
        ))}
      </div>
    </div>
  );
}

async function writeToClipboard(format: TFormat, output: TSummaryOutput): Promise<void> {
  if (format === "markdown") return navigator.clipboard.writeText(output.markdown);
  if (format === "html") return navigator.clipboard.writeText(output.html);
  const plain = summaryToPlainText(output.summary);
  // Rich copy keeps the heading and paragraphs when pasted into a mail or a CMS editor.
  if (typeof ClipboardItem !== "undefined" && typeof navigator.clipboard.write === "function") {
    return navigator.clipboard.write([
      new ClipboardItem({
        "text/html": new Blob([output.html], { type: "text/html" }),
        "text/plain": new Blob([plain], { type: "text/plain" }),
      }),
    ]);
  }
  return navigator.clipboard.writeText(plain);
}

export function SummaryPreview({ summaries }: TProps) {
  const t = useTranslations("outputs.summary");
  const uiLocale = toLocale(useLocale());
  const [language, setLanguage] = useState<TLocale>(uiLocale);
  const [format, setFormat] = useState<TFormat>("preview");
  const [isShowingSources, setShowingSources] = useState(false);
  const [copyStatus, setCopyStatus] = useState<TCopyStatus>(null);
  const output = summaries[language];
  const headingId = useId();

  const copy = async () => {
    try {
      // navigator.clipboard is missing outside secure contexts; that lands here too.
      await writeToClipboard(format, output);
      setCopyStatus("copied");
    } catch {
      setCopyStatus("failed");
    }
  };

  return (
    <section className="space-y-4" aria-labelledby={headingId}>
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Toggles
          label={t("language")}
          options={LOCALES}
          value={language}
          labelOf={(l) => t(`languages.${l}`)}
          langOf={(l) => l}
          onChange={(l) => {
            setLanguage(l);
            setCopyStatus(null);
          }}
        />
        <Toggles
          label={t("format")}
          options={FORMATS}
          value={format}
          labelOf={(f) => t(`formats.${f}`)}
          onChange={(f) => {
            setFormat(f);
            setCopyStatus(null);
          }}
        />
        <div className="flex flex-wrap items-center gap-2">
          {format === "preview" ? (
            <Button
              type="button"
              size="sm"
              variant="ghost"
              aria-pressed={isShowingSources}
              onClick={() => setShowingSources((v) => !v)}
            >
              {t("showSources")}
            </Button>
          ) : null}
          <Button type="button" size="sm" onClick={() => void copy()}>
            {t("copy")}
          </Button>
        </div>
      </div>
      <p
        role="status"
        aria-live="polite"
        className={copyStatus === "failed" ? "text-sm text-red-700" : "text-sm text-green-800"}
      >
        {copyStatus ? t(copyStatus === "copied" ? "copied" : "copyFailed") : ""}
      </p>
      {format === "preview" ? (
        <SummaryArticle
          summary={output.summary}
          isShowingSources={isShowingSources}
          sourcesLabel={(fields) => t("sourcesOf", { fields })}
        />
      ) : (
        <pre
          tabIndex={0}
          lang={language}
          aria-label={t("sourceLabel", { format: t(`formats.${format}`) })}
          className="max-h-[32rem] overflow-auto whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-slate-50 p-4 font-mono text-sm text-slate-900"
        >
          {format === "markdown" ? output.markdown : output.html}
        </pre>
      )}
    </section>
  );
}
