// RFC 5545 §3.1 line folding by octets. The `ics` package folds at 75 *characters*, so a line
// with "—" or "é" (several UTF-8 octets each) overshoots the limit; we unfold its output and
// fold again at 75 octets, never splitting a character.
const CRLF = "\r\n";
const MAX_OCTETS = 75;

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** Joins folded lines back into logical content lines. */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, "");
}

/** Folds one content line: at most 75 octets per physical line, continuations start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  // The leading space of a continuation line counts towards its 75 octets.
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0)!);
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Refolds a whole iCalendar document by octets, with CRLF line endings. */
export function refold(document: string): string {
  return unfold(document.replace(/\r?\n/g, CRLF))
    .split(CRLF)
    .map((line) => (line === "" ? line : foldLine(line)))
    .join(CRLF);
}
