/**
 * Fonts for the PDF report. pdfkit's standard fonts (Helvetica) are Latin-1 only, so a report with
 * Chinese text embeds a CJK font the system has (Noto Sans CJK, PingFang, Hiragino, Microsoft YaHei
 * / JhengHei, SimSun, WenQuanYi, Droid); a collection (.ttc) is opened by its PostScript name.
 * With none found, the Chinese is left out and the report says so in one sentence.
 */
import fs from 'node:fs';
import path from 'node:path';

type Doc = PDFKit.PDFDocument;

/** The names pdf.ts draws with: registered as Helvetica or as the CJK font. */
export const FONT = { regular: 'report-regular', bold: 'report-bold', italic: 'report-italic' };

/** Said (in English: it cannot be in Chinese) when Chinese text has no font to be drawn in. */
export const NO_CJK_FONT =
  'This computer has no Chinese font to embed, so the Chinese text is left out of this PDF: install Noto Sans CJK (fonts-noto-cjk) or open the HTML report.';

const CJK = /[\u2e80-\u2fdf\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
export const needsCjk = (text: string): boolean => CJK.test(text);

/** Runs of characters Helvetica cannot draw (beyond WinAnsi's few extras), each made "…". */
export const latinOnly = (text: string): string =>
  text.replace(
    /[^\t\n\r\u0020-\u00ff\u2013\u2014\u2018-\u201e\u2022\u2026\u2030\u20ac\u2122]+/g,
    '…',
  );

export interface FontFace {
  file: string;
  /** The PostScript name inside a .ttc collection. */
  name?: string;
}

export interface CjkFontCandidate {
  regular: FontFace;
  bold?: FontFace;
}

/** Where systems keep a CJK font, best first; Traditional shapes first for `zh-Hant`. */
export function cjkFontCandidates(
  traditional: boolean,
  env: NodeJS.ProcessEnv = process.env,
): CjkFontCandidate[] {
  const sc = traditional ? 'tc' : 'sc';
  const noto = (dir: string) => ({
    regular: { file: path.join(dir, 'NotoSansCJK-Regular.ttc'), name: `NotoSansCJK${sc}-Regular` },
    bold: { file: path.join(dir, 'NotoSansCJK-Bold.ttc'), name: `NotoSansCJK${sc}-Bold` },
  });
  const windows = path.join(env.WINDIR ?? env.windir ?? 'C:\\Windows', 'Fonts');
  const yahei = {
    regular: { file: path.join(windows, 'msyh.ttc'), name: 'MicrosoftYaHei' },
    bold: { file: path.join(windows, 'msyhbd.ttc'), name: 'MicrosoftYaHei-Bold' },
  };
  const jhenghei = {
    regular: { file: path.join(windows, 'msjh.ttc'), name: 'MicrosoftJhengHeiRegular' },
    bold: { file: path.join(windows, 'msjhbd.ttc'), name: 'MicrosoftJhengHeiBold' },
  };
  const pingfang = {
    regular: {
      file: '/System/Library/Fonts/PingFang.ttc',
      name: traditional ? 'PingFangTC-Regular' : 'PingFangSC-Regular',
    },
    bold: {
      file: '/System/Library/Fonts/PingFang.ttc',
      name: traditional ? 'PingFangTC-Semibold' : 'PingFangSC-Semibold',
    },
  };
  return [
    ...[
      '/usr/share/fonts/opentype/noto',
      '/usr/share/fonts/noto-cjk',
      '/usr/share/fonts/google-noto-cjk',
      '/usr/share/fonts/opentype/noto-cjk',
    ].map(noto),
    ...(traditional ? [jhenghei, yahei] : [yahei, jhenghei]),
    pingfang,
    { regular: { file: '/System/Library/Fonts/Hiragino Sans GB.ttc', name: 'HiraginoSansGB-W3' } },
    { regular: { file: '/System/Library/Fonts/STHeiti Light.ttc', name: 'STHeitiSC-Light' } },
    { regular: { file: path.join(windows, 'simsun.ttc'), name: 'SimSun' } },
    {
      regular: {
        file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
        name: 'WenQuanYiMicroHei',
      },
    },
    { regular: { file: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf' } },
  ];
}

/** Registers `face` under `alias` when pdfkit can open it (the file exists, the name is in it). */
function tryFace(doc: Doc, alias: string, face: FontFace): boolean {
  if (!fs.existsSync(face.file)) return false;
  try {
    doc.registerFont(alias, face.file, face.name as string);
    doc.font(alias);
    return true;
  } catch {
    return false;
  }
}

/**
 * Registers the report's fonts on `doc`: Helvetica, or the first CJK font found when `text` needs
 * one. Returns whether Chinese text must be left out (needed, and no font found).
 */
export function useReportFonts(
  doc: Doc,
  text: string,
  traditional: boolean,
  candidates: CjkFontCandidate[] = cjkFontCandidates(traditional),
): { missing: boolean } {
  const latin = () => {
    doc.registerFont(FONT.regular, 'Helvetica');
    doc.registerFont(FONT.bold, 'Helvetica-Bold');
    doc.registerFont(FONT.italic, 'Helvetica-Oblique');
  };
  if (!needsCjk(text)) return (latin(), { missing: false });
  for (const { regular, bold } of candidates) {
    if (!tryFace(doc, FONT.regular, regular)) continue;
    if (!bold || !tryFace(doc, FONT.bold, bold)) tryFace(doc, FONT.bold, regular);
    tryFace(doc, FONT.italic, regular);
    return { missing: false };
  }
  latin();
  return { missing: true };
}
