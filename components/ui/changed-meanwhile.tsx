// Shown when a save was refused because someone else changed the record meanwhile (a 409): the
// entry stays in the form, unsaved, and a button reloads the record as it is now. The page keys the
// form by the record's version, so the reloaded form shows their version instead of the entry.
"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";

type TProps = { note?: string; reloadLabel: string };

export function ChangedMeanwhile({ note, reloadLabel }: TProps) {
  const router = useRouter();
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      {note ? <p>{note}</p> : null}
      <Button type="button" variant="secondary" size="sm" onClick={() => router.refresh()}>
        {reloadLabel}
      </Button>
    </div>
  );
}
