/** How the side panel counts what it found, in words. Pure. */

/** "1 passage", "3 passages". */
export function count(n: number, word: string, plural = `${word}s`): string {
	return `${n} ${n === 1 ? word : plural}`;
}

/** What a screen reader hears as search results change. */
export function searchStatus(query: string, hits: number, documents: number): string {
	if (!query.trim()) return '';
	return hits ? `${count(hits, 'passage')} found in ${count(documents, 'document')}.` : `No passage matches “${query}”.`;
}

/** "40+ passages in 5 documents": a search stops listing at `limit`. */
export function resultCount(hits: number, documents: number, limit: number): string {
	return `${hits}${hits === limit ? '+' : ''} ${hits === 1 ? 'passage' : 'passages'} in ${count(documents, 'document')}`;
}
