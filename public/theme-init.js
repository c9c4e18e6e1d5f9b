// Before first paint (see BaseLayout): scripts run, and the reader's pinned theme, if any.
var root = document.documentElement;
root.dataset.scripted = "";
try {
  var theme = localStorage.getItem("theme");
  if (theme === "light" || theme === "dark") root.dataset.theme = theme;
} catch (e) {}
