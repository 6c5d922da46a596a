/**
 * Measures clipping in the page as it is laid out now: every visible element whose content is cut
 * off (wider than a box that hides its overflow), that sticks out of the box that clips it or out of
 * the window, or whose text is cut with an ellipsis but no title to read it whole. Scroll containers
 * may scroll, except across for the regions that must never need it (the top bar, the side panel).
 */
import type { Page } from '@playwright/test';

export interface Offender {
  /** A selector-like path, `[n]` counting alike siblings: `header.top > nav.actions > button[3]`. */
  path: string;
  problem: string;
}

/** Containers that must fit across without a horizontal scroll bar. */
export const NO_SIDEWAYS_SCROLL = ['header.top', 'aside.side', 'aside.side > .panel'];
/**
 * Where elements may lie outside the box that clips them: the graph's pan-and-zoom layer (layers
 * scrolled off the canvas are not clipped, they are elsewhere on it).
 */
const FREE_LAYOUT = ['.svelte-flow__viewport', '.svelte-flow__minimap'];

/** Runs in the page: no imports, no closures over test code. */
function measure(args: { noSideways: string[]; free: string[] }): Offender[] {
  const found: Offender[] = [];
  const px = (n: number) => Math.round(n);
  const pathOf = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
      let part = e.tagName.toLowerCase();
      const testId = e.getAttribute('data-testid');
      const cls = Array.from(e.classList)
        .filter((c) => !c.startsWith('svelte-'))
        .slice(0, 2);
      if (e.id) part += `#${e.id}`;
      else if (testId) part += `[data-testid="${testId}"]`;
      else if (cls.length) part += `.${cls.join('.')}`;
      const like = e.parentElement
        ? Array.from(e.parentElement.children).filter((c) =>
            cls.length ? c.classList.contains(cls[0]) : c.tagName === e!.tagName,
          )
        : [];
      if (like.length > 1 && !e.id && !testId) part += `[${like.indexOf(e) + 1}]`;
      parts.unshift(part);
      if (e.id || testId) break;
    }
    return parts.join(' > ');
  };
  const label = (el: Element) => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return text ? ` "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"` : '';
  };
  const visible = (el: Element, style: CSSStyleDeclaration) =>
    el.getClientRects().length > 0 &&
    style.visibility !== 'hidden' &&
    style.display !== 'contents' &&
    !el.closest('.sr-only');
  const clips = (value: string) => value !== 'visible';
  const scrolls = (value: string) => value === 'auto' || value === 'scroll';
  const pen = document.createElement('canvas').getContext('2d')!;
  // Spin buttons are a pseudo-element that computed styles do not report: read the rules that
  // hide them while a placeholder shows.
  const SPIN = /^(.*):placeholder-shown::-webkit-inner-spin-button$/;
  const spinRules = Array.from(document.styleSheets)
    .flatMap((sheet) => Array.from(sheet.cssRules))
    .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.style.display === 'none')
    .flatMap((r) => r.selectorText.split(',').map((sel) => SPIN.exec(sel.trim())?.[1]))
    .filter((sel): sel is string => sel !== undefined);
  const spins = (el: Element) =>
    el.matches('[type="number"]') && !spinRules.some((sel) => el.matches(sel || '*'));
  const noSideways = new Set(
    args.noSideways.flatMap((s) => Array.from(document.querySelectorAll(s))),
  );

  /** The ancestors that clip `el`, nearest first, following its containing block. */
  function clippers(el: HTMLElement, style: CSSStyleDeclaration): HTMLElement[] {
    if (style.position === 'fixed') return [];
    const out: HTMLElement[] = [];
    // An absolutely positioned box escapes the overflow of ancestors below its containing block.
    let from: Element | null = style.position === 'absolute' ? el.offsetParent : el.parentElement;
    if (style.position === 'absolute' && from) {
      const s = getComputedStyle(from);
      if (clips(s.overflowX) || clips(s.overflowY)) out.push(from as HTMLElement);
      from = from.parentElement;
    }
    for (let e = from; e && e !== document.documentElement; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (clips(s.overflowX) || clips(s.overflowY)) out.push(e as HTMLElement);
      if (s.position === 'fixed') break;
    }
    return out;
  }

  for (const node of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
    if (node instanceof SVGElement && !(node instanceof SVGSVGElement)) continue;
    const style = getComputedStyle(node);
    if (!visible(node, style)) continue;
    const rect = node.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const where = pathOf(node) + label(node);
    const size = `${px(rect.width)}x${px(rect.height)}`;

    // Content wider than its box, where the box hides what does not fit (or must not scroll across).
    // A field's placeholder or a select's chosen option cut short (typed values may scroll).
    const shown =
      node instanceof HTMLInputElement && !node.value
        ? node.placeholder
        : node instanceof HTMLSelectElement
          ? (node.selectedOptions[0]?.text ?? '')
          : '';
    if (shown) {
      pen.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room =
        node.clientWidth -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight) -
        // A select's arrow, a number field's spin buttons (Chromium keeps their room).
        (node instanceof HTMLSelectElement ? 20 : spins(node) ? 16 : 0);
      const need = pen.measureText(shown).width;
      if (need > room + 1)
        found.push({
          path: where,
          problem: `"${shown}" cut: ${Math.ceil(need)}px of text in ${Math.floor(room)}px`,
        });
    }

    // Form fields scroll their own text; the canvas pans.
    const formField = node.matches('input, select, textarea, .svelte-flow');
    const wider = node.scrollWidth > node.clientWidth + 1;
    if (!formField && wider) {
      const cut = clips(style.overflowX) && !scrolls(style.overflowX);
      // A title helps only if it holds the end of the text, the part an ellipsis cuts off
      // ("Double-click to rename" over a run's name does not).
      const tail = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(-20).toLowerCase();
      const title = node.closest('[title]')?.getAttribute('title') ?? '';
      const titled = title.replace(/\s+/g, ' ').toLowerCase().includes(tail);
      if (noSideways.has(node))
        found.push({
          path: where,
          problem: `needs a horizontal scroll: content ${node.scrollWidth}px wide in ${node.clientWidth}px`,
        });
      else if (cut && style.textOverflow === 'ellipsis' && !titled)
        found.push({
          path: where,
          problem: `text cut with an ellipsis and no title that holds its end: ${node.scrollWidth}px of text in ${node.clientWidth}px`,
        });
      else if (cut && style.textOverflow !== 'ellipsis')
        found.push({
          path: where,
          problem: `content clipped: ${node.scrollWidth}px wide in a ${node.clientWidth}px box (${size})`,
        });
    }

    // The box itself out of the box that clips it, or out of the window; only the outermost box
    // that sticks out is reported, not each of its children.
    if (args.free.some((s) => node.closest(s))) continue;
    const [clipper] = clippers(node, style);
    let box = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
    let across = true;
    let down = true;
    let of = `the ${innerWidth}x${innerHeight} window`;
    if (clipper) {
      const c = clipper.getBoundingClientRect();
      const cs = getComputedStyle(clipper);
      const left = c.left + clipper.clientLeft;
      const top = c.top + clipper.clientTop;
      box = { left, top, right: left + clipper.clientWidth, bottom: top + clipper.clientHeight };
      // Scrolling is allowed (across only where the container is not one that must fit across).
      across = !(scrolls(cs.overflowX) && !noSideways.has(clipper));
      down = !scrolls(cs.overflowY);
      of = pathOf(clipper);
    }
    const outside = (r: DOMRect) =>
      (across && (r.left < box.left - 1 || r.right > box.right + 1)) ||
      (down && (r.top < box.top - 1 || r.bottom > box.bottom + 1));
    const parent = node.parentElement;
    const parentOut =
      parent &&
      parent !== clipper &&
      parent !== document.body &&
      outside(parent.getBoundingClientRect());
    if (outside(rect) && !parentOut)
      found.push({
        path: where,
        problem: `sticks out of ${of}: box ${px(rect.left)}..${px(rect.right)} x ${px(rect.top)}..${px(rect.bottom)}, room ${px(box.left)}..${px(box.right)} x ${px(box.top)}..${px(box.bottom)}`,
      });
  }
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1)
    found.push({ path: 'html', problem: `the page scrolls across: ${doc.scrollWidth}px wide` });
  return found;
}

/** Every clipping defect in the page now, as "path: problem" lines. */
export async function findClipping(page: Page): Promise<string[]> {
  // Let resize observers (charts, the canvas) catch up with a new window size.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const found = await page.evaluate(measure, { noSideways: NO_SIDEWAYS_SCROLL, free: FREE_LAYOUT });
  return found.map((o) => `${o.path}: ${o.problem}`);
}
