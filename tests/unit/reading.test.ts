import { describe, expect, it } from 'vitest';
import { chapters } from '../../src/lib/server/chapters';
import { chapterFromHash } from '../../src/lib/state/reading';

describe('chapterFromHash', () => {
	it('finds the chapter a hash names', () => {
		expect(chapterFromHash('#sakhalin', chapters)?.id).toBe('sakhalin');
		expect(chapterFromHash('four-islands', chapters)?.id).toBe('four-islands');
		expect(chapterFromHash('#northern%2Dsea%2Droute', chapters)?.id).toBe('northern-sea-route');
	});

	it('treats hostile or malformed hashes as no chapter', () => {
		for (const hash of ['#<img src=x onerror=alert(1)>', '#%E0%A4%A', '#', '#constructor', '#__proto__', `#${'a'.repeat(5000)}`])
			expect(chapterFromHash(hash, chapters)).toBeUndefined();
		expect(chapterFromHash(`#${chapters[1]!.id}<script>`, chapters)).toBeUndefined();
	});
});

describe('the chapter at the reading line', () => {
	it('is the last section whose top has passed the line; above the first, the introduction', async () => {
		const { chapterAtLine } = await import('../../src/lib/state/reading');
		const sections = [
			{ id: 'a', top: -900, bottom: -100 },
			{ id: 'b', top: -100, bottom: 380 },
			{ id: 'c', top: 380, bottom: 1200 }
		];
		expect(chapterAtLine(sections, 400)).toBe('c');
		expect(chapterAtLine(sections, 379)).toBe('b');
		expect(chapterAtLine(sections.map((s) => ({ ...s, top: s.top + 2000, bottom: s.bottom + 2000 })), 400)).toBeNull();
	});
});
