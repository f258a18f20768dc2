import { describe, expect, it } from 'vitest';
import { chapters } from '../../src/lib/content/chapters';
import { chapterFromHash } from '../../src/lib/state/story.svelte';

describe('chapterFromHash', () => {
	it('finds the chapter a hash names', () => {
		expect(chapterFromHash('#sakhalin')?.id).toBe('sakhalin');
		expect(chapterFromHash('four-islands')?.id).toBe('four-islands');
		expect(chapterFromHash('#northern%2Dsea%2Droute')?.id).toBe('northern-sea-route');
	});

	it('treats hostile or malformed hashes as no chapter', () => {
		for (const hash of ['#<img src=x onerror=alert(1)>', '#%E0%A4%A', '#', '#constructor', '#__proto__', `#${'a'.repeat(5000)}`])
			expect(chapterFromHash(hash)).toBeUndefined();
		expect(chapterFromHash(`#${chapters[1]!.id}<script>`)).toBeUndefined();
	});
});
