// Fetched only when the page is reached at an anchor (src/scripts/year-page.ts).

/**
 * A web font that arrives after the browser scrolled to the address's target reflows the text
 * above it (Firefox at phone width: the page shrinks ~1,600 px), and the target can end up far off
 * screen. Until the reader moves, put it back where the browser put it, under the header.
 */
export function keepArrivalInPlace(): void {
  const arrival = location.hash;
  const target = arrival ? document.getElementById(decodeURIComponent(arrival.slice(1))) : null;
  if (!target) return;
  let readerMoved = false;
  for (const type of ["wheel", "touchstart", "keydown", "pointerdown"])
    addEventListener(type, () => (readerMoved = true), { once: true, passive: true });
  void document.fonts.ready.then(() => {
    if (readerMoved || location.hash !== arrival) return;
    const place = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    if (Math.abs(target.getBoundingClientRect().top - place) > 2) target.scrollIntoView({ behavior: "instant" });
  });
}
