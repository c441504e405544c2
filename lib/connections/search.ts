// Names are searched as people type them: 佐藤, さとう, サトウ, ｻﾄｳ, with or without spaces.
const KATAKANA = /[\u30a1-\u30f6]/g;

export const SEARCH_MAX = 40;
/** Fewer characters than this would list most of a town; counted after normalising (spaces do not count). */
export const SEARCH_MIN = 2;
export const SEARCH_LIMIT = 20;

/** One form for comparing names: NFKC, katakana as hiragana, no spaces, lower case. */
export function normaliseName(s: string): string {
  return s
    .normalize("NFKC")
    .replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/\s+/gu, "")
    .toLowerCase();
}

/** Whether a query is long enough to search with. */
export function searchable(query: string): boolean {
  return [...normaliseName(query)].length >= SEARCH_MIN;
}

/** The katakana and hiragana ranges, for doing the same conversion inside SQL with translate(). */
export const KATAKANA_CHARS = Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, i) => String.fromCharCode(0x30a1 + i)).join("");
export const HIRAGANA_CHARS = Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, i) => String.fromCharCode(0x3041 + i)).join("");

export type SearchState = "connected" | "pending" | "none";

/** What a search result offers: already connected, a request open between the two, or a new request. */
export function searchState(userId: string, o: { connected: ReadonlySet<string>; pending: ReadonlySet<string> }): SearchState {
  if (o.connected.has(userId)) return "connected";
  return o.pending.has(userId) ? "pending" : "none";
}
