/**
 * What the test server adds to a page for the engine-neutral tests: a first script that records the
 * page's errors where every engine's driver can read them (WebKitWebDriver cannot read the console),
 * and a page holding a phone-sized frame (MiniBrowser's window will not go narrower than ~447 px).
 */

export const READER_PREFIX = "/__reader__/";
export const ERRORS_KEY = "reader-page-errors";

/** Runs in the page before its own scripts. Kept in sessionStorage, so a followed link keeps them. */
function recordPageErrors(key: string): void {
  const note = (message: string): void => {
    const list = JSON.parse(sessionStorage.getItem(key) ?? "[]") as string[];
    list.push(`${location.pathname}${location.search}: ${message}`);
    sessionStorage.setItem(key, JSON.stringify(list));
  };
  addEventListener(
    "error",
    (event) => {
      const target = event.target;
      if (target instanceof Element) note(`<${target.localName} ${target.outerHTML.slice(0, 160)}> fired error`);
      else note(event instanceof ErrorEvent ? event.message : "error");
    },
    true, // a resource's error does not bubble; it still passes window on the way down
  );
  addEventListener("unhandledrejection", (event) => note(`unhandled rejection: ${String(event.reason)}`));
  document.addEventListener("securitypolicyviolation", (event) =>
    note(`CSP ${event.effectiveDirective} blocked ${event.blockedURI}`),
  );
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    note(`console.error: ${args.map(String).join(" ")}`);
    consoleError(...args);
  };
}

export const RECORDER_PATH = `${READER_PREFIX}record-errors.js`;
export const RECORDER_SCRIPT = `(${String(recordPageErrors)})(${JSON.stringify(ERRORS_KEY)});\n`;

/** A page whose only content is a frame of the given size at its top left corner, showing `src`. */
export function framePage(url: URL): string {
  const width = Number(url.searchParams.get("width"));
  const height = Number(url.searchParams.get("height"));
  const src = url.searchParams.get("src") ?? "/";
  if (!src.startsWith("/") || !(width > 0 && height > 0)) throw new Error(`bad frame request ${url.search}`);
  const attr = src.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
  return `<!doctype html><html lang="en"><title>frame</title><style>html,body{margin:0}iframe{position:fixed;left:0;top:0;border:0}</style><iframe src="${attr}" width="${width}" height="${height}"></iframe>`;
}
