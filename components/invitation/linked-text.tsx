// A plain-text e-mail body with its http(s) links made clickable (the RSVP link in the outbox).
const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

export function LinkedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <p className="whitespace-pre-line break-words text-sm text-slate-800">
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="text-blue-800 underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </p>
  );
}
