// Runs before first paint so a reader's chosen theme shows without a flash; the system decides otherwise.
// Scripts run: the theme toggle may take its place from the first paint (global.css).
document.documentElement.dataset.scripted = "";
try {
  var t = localStorage.getItem("theme");
  if (t === "light" || t === "dark") document.documentElement.dataset.theme = t;
} catch (e) {}
