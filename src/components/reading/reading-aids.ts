/**
 * Two reading aids on every page of the book:
 * - a heading's anchor link (Starlight's `.sl-anchor-link`) also copies the section's full address,
 *   and says so in a polite live region;
 * - the table of contents follows the reading position: Starlight marks the current section with
 *   `aria-current`; when the list is taller than its column, the column scrolls to keep it in view.
 */

/** The scrollable ancestor of `element` (the table of contents' column), if any. */
function scroller(element: HTMLElement): HTMLElement | undefined {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight)
      return node;
  }
  return undefined;
}

/** Scrolls `box` so that `link` is inside it with a margin, without moving the page. */
export function keepInView(box: HTMLElement, link: HTMLElement, margin = 48): void {
  const boxRect = box.getBoundingClientRect();
  const rect = link.getBoundingClientRect();
  if (rect.top < boxRect.top + margin) box.scrollTop -= boxRect.top + margin - rect.top;
  else if (rect.bottom > boxRect.bottom - margin) box.scrollTop += rect.bottom - (boxRect.bottom - margin);
}

/** Starts both aids; `copied` is the message announced after a link was copied. */
export function startReadingAids(status: HTMLElement, copied: string): void {
  let clear: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('click', (event) => {
    const anchor = (event.target as Element | null)?.closest<HTMLAnchorElement>('.sl-anchor-link');
    if (!anchor || !navigator.clipboard) return;
    navigator.clipboard.writeText(anchor.href).then(
      () => {
        status.textContent = copied;
        status.hidden = false;
        clearTimeout(clear);
        clear = setTimeout(() => {
          status.hidden = true;
          status.textContent = '';
        }, 2000);
      },
      () => undefined,
    );
  });

  for (const toc of document.querySelectorAll<HTMLElement>('.right-sidebar starlight-toc')) {
    new MutationObserver(() => {
      const current = toc.querySelector<HTMLElement>('a[aria-current="true"]');
      const box = current && scroller(current);
      if (current && box) keepInView(box, current);
    }).observe(toc, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
  }
}
