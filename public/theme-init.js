// Before first paint (see BaseLayout): scripts run, and the reader's pinned theme, if any.
var root = document.documentElement;
root.dataset.scripted = "";
// Where service workers run, the offline controls are laid out from the first paint (offline.css).
if ("serviceWorker" in navigator && window.isSecureContext) root.dataset.offline = "";
try {
  var theme = localStorage.getItem("theme");
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;
} catch (e) {}
