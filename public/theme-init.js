// Before first paint (see BaseLayout): scripts run, and the reader's pinned theme, if any.
var root = document.documentElement;
root.dataset.scripted = "";
// Service workers run here (secure contexts only): offline.css shows the offline controls.
if ("serviceWorker" in navigator) root.dataset.offline = "";
try {
  var theme = localStorage.getItem("theme");
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;
} catch (e) {}
