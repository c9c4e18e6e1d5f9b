/** Marks, in the contents beside the text, the section being read (`aria-current="location"`). */
export function initTocSpy(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(".toc-aside a[href^='#']")];
  const targets = links
    .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
    .filter((el): el is HTMLElement => el !== null);
  if (targets.length === 0) return;
  const visible = new Set<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target);
        else visible.delete(entry.target);
      }
      const current = targets.find((t) => visible.has(t)) ?? lastAbove(targets);
      for (const link of links) {
        if (current && link.hash === `#${current.id}`) {
          link.setAttribute("aria-current", "location");
          keepInView(link);
        } else link.removeAttribute("aria-current");
      }
    },
    { rootMargin: "-64px 0px -55% 0px" },
  );
  for (const target of targets) observer.observe(target);
}

function lastAbove(targets: HTMLElement[]): HTMLElement | undefined {
  return targets.filter((t) => t.getBoundingClientRect().top < 80).at(-1);
}

/** The contents list scrolls on its own when taller than the screen; it follows the reader. */
function keepInView(link: HTMLElement): void {
  const box = link.closest<HTMLElement>(".toc-scroll");
  if (!box) return;
  const top = link.offsetTop - box.offsetTop;
  if (top < box.scrollTop + 40 || top > box.scrollTop + box.clientHeight - 80) {
    box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }
}
