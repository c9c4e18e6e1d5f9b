// On the 404 page: `/compare/<a>/<b>/` for a pair not built as a page is forwarded to the compare
// page, which sets the two years side by side and puts this address back in the address bar.
import { pairInPath } from "../../lib/compare/pairs.ts";
import { sitePath } from "../../lib/urls.ts";

const pair = pairInPath(location.pathname);
if (pair) {
  const query = new URLSearchParams({ a: pair.a, b: pair.b });
  location.replace(sitePath(`compare/?${query.toString()}`));
}
