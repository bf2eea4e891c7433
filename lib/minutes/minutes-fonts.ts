// Geist TTF files for the PDF minutes: pdfkit's standard fonts only know WinAnsi, so names such as
// "Nguyễn Thị Ánh" need an embedded TrueType font. Read once per process, then kept in memory.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type TFontStyle = "regular" | "bold" | "italic";

const FILES: Record<TFontStyle, string> = {
  regular: "Geist-Regular.ttf",
  bold: "Geist-Bold.ttf",
  italic: "Geist-Italic.ttf",
};
const FONT_DIR = path.join("node_modules", "geist", "dist", "fonts", "geist-sans");

function startDirs(): string[] {
  const dirs = [process.cwd()];
  // In a Next.js server bundle this is the chunk's own file; under vitest and tsx, this source file.
  if (import.meta.url.startsWith("file:")) dirs.push(path.dirname(fileURLToPath(import.meta.url)));
  return dirs;
}

/**
 * The folder of the Geist Sans TTF files, found the way Node finds a package: in the nearest
 * node_modules above the working directory or this module. A plain filesystem walk, because the
 * `geist` package exports no package.json and a bundler would rewrite `require.resolve`.
 */
function fontDir(): string {
  for (const start of startDirs()) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, FONT_DIR);
      if (fs.existsSync(path.join(candidate, FILES.regular))) return candidate;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(`Geist fonts not found (looked for ${FONT_DIR} above ${startDirs().join(", ")})`);
}

let cache: Record<TFontStyle, Buffer> | null = null;

export function minutesFonts(): Record<TFontStyle, Buffer> {
  if (!cache) {
    const dir = fontDir();
    cache = {
      regular: fs.readFileSync(path.join(dir, FILES.regular)),
      bold: fs.readFileSync(path.join(dir, FILES.bold)),
      italic: fs.readFileSync(path.join(dir, FILES.italic)),
    };
  }
  return cache;
}
