// "Did you mean": the vocabulary written with the index is fetched only when a query finds nothing.
import { parseVocabulary, suggestQuery, VOCABULARY_PATH } from "../../lib/search/vocabulary.ts";
import { sitePath } from "../../lib/urls.ts";

let vocabulary: Promise<string[]> | undefined;

function loadVocabulary(): Promise<string[]> {
  vocabulary ??= (async () => {
    const response = await fetch(sitePath(VOCABULARY_PATH));
    if (!response.ok) throw new Error(`${VOCABULARY_PATH}: HTTP ${response.status}`);
    return parseVocabulary(await response.text());
  })();
  vocabulary.catch(() => (vocabulary = undefined));
  return vocabulary;
}

/** The nearest query search knows ("vacine" → "vaccine"), or undefined when none is close. */
export async function didYouMean(query: string): Promise<string | undefined> {
  return suggestQuery(query, await loadVocabulary());
}
