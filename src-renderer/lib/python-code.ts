/**
 * Python for the "Keras code" view: the code split into lines of classed pieces (lezer's own Python
 * parser and its `tok-*` classes), rendered as text nodes, never as HTML. And the file name an
 * exported script gets, the same as `layerlab export --format python` gives it.
 */
import { classHighlighter, highlightCode } from '@lezer/highlight';
import { parser } from '@lezer/python';
import { exportBaseName } from '../../src-main/contract/export-formats.ts';

export interface CodePiece {
  text: string;
  /** lezer's classes ("tok-keyword"), or '' for plain text. */
  classes: string;
}

/** The code as lines of highlighted pieces; an empty line is an empty array. */
export function highlightPython(code: string): CodePiece[][] {
  const lines: CodePiece[][] = [[]];
  highlightCode(
    code,
    parser.parse(code),
    classHighlighter,
    (text, classes) => lines[lines.length - 1].push({ text, classes }),
    () => lines.push([]),
  );
  // A trailing newline ends the last line rather than starting an empty one.
  if (lines.length > 1 && !lines[lines.length - 1].length) lines.pop();
  return lines;
}

/** The download's name: the CLI's and the exporters' rule (`exportBaseName`), plus `.py`. */
export function pythonFileName(labName: string): string {
  return exportBaseName(labName) + '.py';
}

/** Where a 1-based line starts and ends in `code`, for selecting it in a text box. */
export function lineRange(code: string, line: number): { start: number; end: number } | null {
  let start = 0;
  for (let i = 1; i < line; i += 1) {
    const next = code.indexOf('\n', start);
    if (next < 0) return null;
    start = next + 1;
  }
  const end = code.indexOf('\n', start);
  return { start, end: end < 0 ? code.length : end };
}

/** Writes text to the clipboard; without the async clipboard (an insecure origin), the old way. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
