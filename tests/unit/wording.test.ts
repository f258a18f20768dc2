import { describe, expect, it } from 'vitest';
import { count, resultCount, searchStatus } from '../../src/lib/corpus/wording';

describe('the panel’s counts in words', () => {
	it('count in the singular and the plural', () => {
		expect(count(1, 'passage')).toBe('1 passage');
		expect(count(0, 'passage')).toBe('0 passages');
		expect(count(2, 'body', 'bodies')).toBe('2 bodies');
	});

	it('say what a search found, and that it stops listing at its limit', () => {
		expect(searchStatus('sakhalin', 12, 3)).toBe('12 passages found in 3 documents.');
		expect(searchStatus('zzz', 0, 0)).toBe('No passage matches “zzz”.');
		expect(searchStatus('  ', 0, 0)).toBe('');
		expect(resultCount(40, 5, 40)).toBe('40+ passages in 5 documents');
		expect(resultCount(1, 1, 40)).toBe('1 passage in 1 document');
	});
});
