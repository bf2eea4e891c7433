// The order and numbers of the sign-in sheet's rows, shared by the printed PDF and the later
// entry from paper, so "No. 12" on paper is row 12 on the screen.
export type TSheetPerson = {
  id: string;
  name: string;
  organisation: { name: string } | null;
};

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** By organisation, then name (people without an organisation last); the id breaks ties so numbers are stable. */
export function compareSheetRows(a: TSheetPerson, b: TSheetPerson): number {
  if (a.organisation && !b.organisation) return -1;
  if (!a.organisation && b.organisation) return 1;
  return (
    collator.compare(a.organisation?.name ?? "", b.organisation?.name ?? "") ||
    collator.compare(a.name, b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The rows in sheet order, numbered from 1. */
export function numberSheetRows<T extends TSheetPerson>(rows: readonly T[]): (T & { number: number })[] {
  return [...rows].sort(compareSheetRows).map((row, i) => ({ ...row, number: i + 1 }));
}

/** How many blank rows the sheet ends with, for walk-ins to write themselves in. */
export const BLANK_ROWS = 6;
