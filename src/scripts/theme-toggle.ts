/** The theme toggle: a pressed button means dark. The choice is kept in localStorage. */
export function initThemeToggle(): void {
  const root = document.documentElement;
  const systemDark = window.matchMedia("(prefers-color-scheme: dark)");
  const isDark = () => (root.dataset["theme"] ?? (systemDark.matches ? "dark" : "light")) === "dark";
  for (const button of document.querySelectorAll<HTMLButtonElement>(".theme-toggle")) {
    const sync = () => button.setAttribute("aria-pressed", String(isDark()));
    sync();
    button.addEventListener("click", () => {
      const next = isDark() ? "light" : "dark";
      root.dataset["theme"] = next;
      try {
        localStorage.setItem("theme", next);
      } catch {
        // Storage may be refused (private mode); the choice then lasts for this page only.
      }
      sync();
    });
    systemDark.addEventListener("change", sync);
  }
}
