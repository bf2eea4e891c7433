// What the import screen shows after an answer: the new meeting with its counts, or every problem
// of a refused bundle in one list that screen readers announce.
"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { buttonVariants } from "@/components/ui/button";
import { CREATED_COUNTS, MATCHED_COUNTS, type TBundleImportResult } from "@/lib/bundle/result";
import type { TBundleImportOutcome } from "./api";

function Counts({ title, counts }: { title: string; counts: Record<string, number> }) {
  const t = useTranslations("bundle.counts");
  const shown = Object.entries(counts).filter(([, n]) => n > 0);
  if (shown.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-900">{title}</h3>
      <dl className="mt-1 grid grid-cols-[auto_auto] justify-start gap-x-6 gap-y-0.5 text-sm">
        {shown.map(([name, n]) => (
          <div key={name} className="contents">
            <dt className="text-slate-700">{t(name)}</dt>
            <dd className="text-right tabular-nums text-slate-900">{n}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

const pick = (counts: Record<string, number>, names: readonly string[]) =>
  Object.fromEntries(names.map((n) => [n, counts[n] ?? 0]));

export function ImportDone({ result, onAgain }: { result: TBundleImportResult; onAgain: () => void }) {
  const t = useTranslations("bundle.import");
  return (
    <div role="status" className="space-y-4 rounded-md border border-green-200 bg-green-50 p-4">
      <p className="text-base font-medium text-green-900">{t("done")}</p>
      <div className="flex flex-wrap gap-10">
        <Counts title={t("created")} counts={pick(result.created, CREATED_COUNTS)} />
        <Counts title={t("matched")} counts={pick(result.matched, MATCHED_COUNTS)} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Link className={buttonVariants()} href={`/meetings/${result.meetingId}`}>
          {t("open")}
        </Link>
        <button type="button" className={buttonVariants({ variant: "ghost" })} onClick={onAgain}>
          {t("another")}
        </button>
      </div>
    </div>
  );
}

type TRefusal = Exclude<TBundleImportOutcome, { kind: "done" }>;

export function ImportRefused({ outcome }: { outcome: TRefusal }) {
  const t = useTranslations("bundle.import");
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the summary, so keyboard and screen-reader users land on the problems.
  useEffect(() => heading.current?.focus(), [outcome]);
  const isConflict = outcome.kind === "conflict";
  return (
    <div
      role="alert"
      aria-labelledby="bundle-import-problems"
      className="space-y-2 rounded-md border border-red-200 bg-red-50 p-4"
    >
      <h2
        id="bundle-import-problems"
        ref={heading}
        tabIndex={-1}
        className="text-base font-semibold text-red-900 outline-none"
      >
        {isConflict ? t("conflict") : t("refused", { count: outcome.problems.length })}
      </h2>
      <p className="text-sm text-red-900">{isConflict ? t("conflictHint") : t("refusedHint")}</p>
      {isConflict ? (
        outcome.message ? (
          <p className="text-sm text-red-900">{outcome.message}</p>
        ) : null
      ) : (
        <ul
          aria-labelledby="bundle-import-problems"
          className="list-disc space-y-1 pl-5 text-sm text-red-900"
        >
          {outcome.problems.map((p, i) => (
            <li key={`${p.path}-${i}`}>
              <code className="rounded bg-white px-1 font-mono text-xs">
                {p.path === "_form" ? t("wholeFile") : p.path}
              </code>{" "}
              {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
