// Lists the capitalised names and acronyms of the reviews that no index entry covers (README, "The index of names").
import { readIndexDir } from "../src/lib/name-index/index-files.ts";
import { IndexError } from "../src/lib/name-index/index-error.ts";
import { formatIndexReport, indexReport } from "../src/lib/name-index/index-report.ts";
import { readReviewFiles } from "../src/lib/name-index/review-files.ts";

try {
  const report = indexReport(readIndexDir("content/index"), await readReviewFiles("content/reviews"));
  console.log(formatIndexReport(report));
  if (report.uncovered.length || report.staleLeftOut.length) process.exitCode = 1;
} catch (error) {
  if (!(error instanceof IndexError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
