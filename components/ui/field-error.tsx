// The message under a form field; linked to the field with aria-describedby.
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} className="text-sm text-red-700" role="alert">
      {messages.join(" ")}
    </p>
  );
}
