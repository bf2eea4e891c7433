// The summary as readers will see it, built from its sentences (never from an HTML string), with
// each sentence's recorded fields underneath when the secretariat asks where a fact came from.
import type { TSummary } from "@/lib/summary/types";

type TProps = {
  summary: TSummary;
  isShowingSources: boolean;
  sourcesLabel: (fields: string) => string;
};

export function SummaryArticle({ summary, isShowingSources, sourcesLabel }: TProps) {
  return (
    <article
      lang={summary.locale}
      className="max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-6 text-slate-900"
    >
      <h3 className="text-xl font-semibold">{summary.title}</h3>
      {summary.paragraphs.map((paragraph, p) => (
        <p key={p} className="leading-7" data-kind={paragraph.kind}>
          {paragraph.sentences.map((sentence, s) =>
            isShowingSources ? (
              <span key={s} className="mb-2 block">
                {sentence.text}
                <span className="block font-mono text-xs break-words text-slate-500">
                  {sourcesLabel(sentence.fields.join(", "))}
                </span>
              </span>
            ) : (
              <span key={s}>{(s > 0 ? " " : "") + sentence.text}</span>
            ),
          )}
        </p>
      ))}
    </article>
  );
}
