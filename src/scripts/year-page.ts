// The year page's enhancements; the page reads fully without them.
import { initDeepLinks } from "./deep-links.ts";
import { initTocSpy } from "./toc-spy.ts";

initDeepLinks();
initTocSpy();
