/**
 * A node:test reporter that counts leaf tests (not suites) and writes the totals as JSON, so the
 * test command can print one closing line for unit and browser tests together.
 */
export default async function* countReporter(source) {
	let passed = 0;
	let failed = 0;
	let skipped = 0;
	for await (const event of source) {
		if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
		if (event.data.details?.type === 'suite') continue;
		if (event.data.skip || event.data.todo) skipped++;
		else if (event.type === 'test:pass') passed++;
		else failed++;
	}
	yield JSON.stringify({ passed, failed, skipped }) + '\n';
}
