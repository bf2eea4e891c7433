// A message that something went wrong, read out at once; under a form field it is linked to the
// field with aria-describedby (FieldError).
import type { ReactNode } from "react";

/** Shows nothing when there is nothing to say. */
export function ErrorText({ id, children }: { id?: string; children: ReactNode }) {
  if (children === null || children === undefined || children === false || children === "") return null;
  return (
    <p id={id} className="text-sm text-red-700" role="alert">
      {children}
    </p>
  );
}

export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return <ErrorText id={id}>{messages?.length ? messages.join(" ") : null}</ErrorText>;
}
