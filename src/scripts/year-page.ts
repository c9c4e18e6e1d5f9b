// The year page's enhancements; the page reads fully without them.
import { initDeepLinks } from "./deep-links.ts";
import { initTocSpy } from "./toc-spy.ts";
import { initNotePopovers } from "./notes/popovers.ts";
import { highlightSearchTerms } from "./search/highlight.ts";
import { initCite } from "./cite/buttons.ts";

initDeepLinks();
initTocSpy();
initNotePopovers();
highlightSearchTerms();
initCite();
