/**
 * One tab stop for a group of controls (WAI-ARIA roving tabindex): the group holds a single
 * tabbable item, and the arrow keys, Home and End move within it. A story page keeps a handful
 * of tab stops however many claims, dates or actors it holds. With `grid`, Up and Down move to
 * the nearest item of the previous or next table row; otherwise every arrow walks the list.
 */
export function rovingFocus(container: Element, selector: string, opts: { grid?: boolean } = {}): void {
  const items = () => [...container.querySelectorAll<HTMLElement | SVGElement>(selector)];
  let active: Element | null = null;
  const normalise = () => {
    const all = items();
    if (!active || !all.includes(active as HTMLElement)) active = all[0] ?? null;
    for (const el of all) el.setAttribute('tabindex', el === active ? '0' : '-1');
  };
  const move = (to: HTMLElement | SVGElement | undefined) => {
    if (!to) return;
    active = to;
    normalise();
    to.focus();
  };
  container.addEventListener('focusin', (e) => {
    const hit = items().find((el) => el === e.target);
    if (hit && hit !== active) { active = hit; normalise(); }
  });
  container.addEventListener('keydown', (e) => {
    const ev = e as KeyboardEvent;
    const all = items();
    const i = all.findIndex((el) => el === document.activeElement);
    if (i < 0) return;
    let to: HTMLElement | SVGElement | undefined;
    if (ev.key === 'Home') to = all[0];
    else if (ev.key === 'End') to = all[all.length - 1];
    else if (opts.grid && (ev.key === 'ArrowUp' || ev.key === 'ArrowDown')) to = verticalNeighbour(all, i, ev.key === 'ArrowDown' ? 1 : -1);
    else if (ev.key === 'ArrowRight' || ev.key === 'ArrowDown') to = all[i + 1];
    else if (ev.key === 'ArrowLeft' || ev.key === 'ArrowUp') to = all[i - 1];
    else return;
    ev.preventDefault();
    move(to);
  });
  // Views redraw parts of a group (a timeline zoom, a conflict opened): new items join untabbable.
  new MutationObserver(normalise).observe(container, { childList: true, subtree: true });
  normalise();
}

/** In a table: the item of the next (or previous) row holding any, nearest to the same column. */
function verticalNeighbour(all: (HTMLElement | SVGElement)[], i: number, step: 1 | -1): HTMLElement | SVGElement | undefined {
  const rowOf = (el: Element) => el.closest('tr');
  const column = (el: Element) => (el.closest('td, th') as HTMLTableCellElement | null)?.cellIndex ?? 0;
  const here = rowOf(all[i]);
  for (let j = i + step; j >= 0 && j < all.length; j += step) {
    const row = rowOf(all[j]);
    if (row === here) continue;
    const inRow = all.filter((el) => rowOf(el) === row);
    const want = column(all[i]);
    return inRow.reduce((best, el) => (Math.abs(column(el) - want) < Math.abs(column(best) - want) ? el : best));
  }
  return undefined;
}
