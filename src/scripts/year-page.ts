// The year page's enhancements; the page reads fully without them. What a reader may never use
// (the Cite dialog, the note popovers, the search-term highlighter, Floating UI) is fetched when it is
// asked for.
import { initDeepLinks } from "./deep-links/share.ts";
import { initTocSpy } from "./toc-spy.ts";
import { initNotesOnApproach } from "./notes/on-approach.ts";
import { initCite } from "./cite/buttons.ts";

initDeepLinks();
if (location.hash) void import("./deep-links/arrival.ts").then((arrival) => arrival.keepArrivalInPlace());
initTocSpy();
initNotesOnApproach(() => import("./notes/popovers.ts").then((notes) => notes.initNotePopovers()));
initCite();
// Only an address with a query can ask for a search's terms to be marked (`?highlight=…`).
if (location.search) void import("./search/highlight.ts").then((highlighter) => highlighter.highlightSearchTerms());
