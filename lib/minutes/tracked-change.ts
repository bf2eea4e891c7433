// A proposed replacement shown as a tracked change, word by word: the words both texts share stay
// plain, the words taken out are struck through and the words put in are underlined — as a word
// processor shows an edit — instead of striking the whole paragraph. Pure, for the review screens.

export type TChangePart = { kind: "same" | "deleted" | "inserted"; text: string };

/** Above this many word pairs the changed middle is shown replaced as a whole (cheap, still true). */
const MAX_CELLS = 250_000;

const tokens = (text: string) => text.match(/\s+|[^\s]+/g) ?? [];
const isSpace = (token: string) => /^\s+$/.test(token);

/** The longest common subsequence of two token lists as operations, in order. */
function lcsOps(a: string[], b: string[]): TChangePart[] {
  const n = a.length;
  const m = b.length;
  const length = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      length[i][j] = a[i] === b[j] ? length[i + 1][j + 1] + 1 : Math.max(length[i + 1][j], length[i][j + 1]);
  const ops: TChangePart[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: "same", text: a[i++] });
      j++;
    } else if (j < m && (i === n || length[i][j + 1] >= length[i + 1][j]))
      ops.push({ kind: "inserted", text: b[j++] });
    else ops.push({ kind: "deleted", text: a[i++] });
  }
  return ops;
}

/**
 * Groups the operations into parts: each changed run as its deleted text, then its inserted text;
 * a lone space shared between two changes belongs to the change (no "~~a~~x ~~b~~y" confetti).
 */
function group(ops: TChangePart[]): TChangePart[] {
  const parts: TChangePart[] = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    if (deleted) parts.push({ kind: "deleted", text: deleted });
    if (inserted) parts.push({ kind: "inserted", text: inserted });
    deleted = inserted = "";
  };
  ops.forEach((op, k) => {
    const next = ops[k + 1];
    if (op.kind === "deleted") deleted += op.text;
    else if (op.kind === "inserted") inserted += op.text;
    else if ((deleted || inserted) && isSpace(op.text) && next && next.kind !== "same") {
      deleted += op.text;
      inserted += op.text;
    } else {
      flush();
      const last = parts.at(-1);
      if (last?.kind === "same") last.text += op.text;
      else parts.push({ ...op });
    }
  });
  flush();
  return parts;
}

/** `before` changed into `after`, as parts in reading order. */
export function trackedChange(before: string, after: string): TChangePart[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end])
    end++;
  const midA = a.slice(start, a.length - end);
  const midB = b.slice(start, b.length - end);
  const middle =
    midA.length * midB.length > MAX_CELLS
      ? [
          { kind: "deleted" as const, text: midA.join("") },
          { kind: "inserted" as const, text: midB.join("") },
        ].filter((p) => p.text)
      : lcsOps(midA, midB);
  const same = (list: string[]) => (list.length > 0 ? [{ kind: "same" as const, text: list.join("") }] : []);
  return group([...same(a.slice(0, start)), ...middle, ...same(a.slice(a.length - end))]);
}
