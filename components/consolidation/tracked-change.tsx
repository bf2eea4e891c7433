// A proposed replacement shown as a tracked change, word by word (lib/minutes/tracked-change.ts):
// the words taken out struck through in red, the words put in underlined in green — each also named
// in words for screen readers, which do not announce <del> and <ins> by themselves.
import { trackedChange } from "@/lib/minutes/tracked-change";
import { cn } from "@/lib/utils";

type TProps = {
  original: string | null;
  replacement: string;
  labels: { heading: string; deleted: string; inserted: string };
};

export function TrackedChange({ original, replacement, labels }: TProps) {
  return (
    <div className="space-y-1 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <p className="text-xs font-semibold uppercase text-slate-600">{labels.heading}</p>
      <p className="whitespace-pre-line break-words leading-relaxed text-slate-900">
        {trackedChange(original ?? "", replacement).map((part, i, parts) =>
          part.kind === "same" ? (
            <span key={i}>{part.text}</span>
          ) : part.kind === "deleted" ? (
            <del
              key={i}
              className={cn(
                "bg-red-50 text-red-800 line-through decoration-red-700",
                parts[i + 1]?.kind === "inserted" && "mr-1",
              )}
            >
              <span className="sr-only">{labels.deleted} </span>
              {part.text}
            </del>
          ) : (
            <ins
              key={i}
              className="bg-green-50 text-green-900 underline decoration-green-700 underline-offset-2"
            >
              <span className="sr-only">{labels.inserted} </span>
              {part.text}
            </ins>
          ),
        )}
      </p>
    </div>
  );
}
