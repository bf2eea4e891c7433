// Where the keyboard goes after an entry's form closes or the entry disappears: note-takers never
// reach for the mouse, so focus must never fall back to the page's top.

const afterRender = (fn: () => void) => requestAnimationFrame(() => requestAnimationFrame(fn));

/** The entry's own "open" control (its text, a button that opens the edit form). */
export function focusEntry(entryId: string): void {
  afterRender(() =>
    document
      .querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(entryId)}"] [data-entry-open]`)
      ?.focus(),
  );
}

/** The first field of the entry's edit form, once it has replaced the entry's text. */
export function focusEntryForm(entryId: string): void {
  afterRender(() =>
    document
      .querySelector<HTMLElement>(
        `[data-entry-id="${CSS.escape(entryId)}"] form :is(input, textarea, select)`,
      )
      ?.focus(),
  );
}

/** The first field of the form for new remarks, decisions or action items. */
export function focusNewForm(kind: "remark" | "decision" | "action"): void {
  afterRender(() =>
    document
      .querySelector<HTMLElement>(`form[data-new-form="${kind}"] :is(input, textarea, select)`)
      ?.focus(),
  );
}
