/**
 * Just enough PDF reading for the handout test: the page count, and the document outline (the
 * bookmarks Chromium makes from the headings) with the page and height each entry points at.
 * Chromium writes these objects uncompressed, so no PDF library is needed to read them.
 */

/** Decode a PDF string: (literal with \\ escapes) or <hex>, UTF-16BE when it starts with FEFF. */
function pdfString(raw) {
	let bytes = [];
	if (raw.startsWith('<')) {
		const hex = raw.slice(1, -1).replace(/\s+/g, '');
		for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
	} else {
		const body = raw.slice(1, -1);
		for (let i = 0; i < body.length; i++) {
			const c = body[i];
			if (c !== '\\') {
				bytes.push(body.charCodeAt(i) & 0xff);
				continue;
			}
			const next = body[++i];
			const simple = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
			if (next in simple) bytes.push(simple[next]);
			else if (/[0-7]/.test(next)) {
				const oct = body.slice(i, i + 3).match(/^[0-7]{1,3}/)[0];
				bytes.push(parseInt(oct, 8));
				i += oct.length - 1;
			}
		}
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		let out = '';
		for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
		return out;
	}
	return Buffer.from(bytes).toString('latin1');
}

/** @param {Buffer} pdf */
export function readPdf(pdf) {
	const text = pdf.toString('latin1');
	const objects = new Map();
	for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(Number(m[1]), m[2]);
	const refs = (s) => [...s.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

	// Pages in order: walk the page tree from its root (the /Pages node with no /Parent).
	const rootId = [...objects].find(([, body]) => /\/Type\s*\/Pages\b/.test(body) && !/\/Parent/.test(body))?.[0];
	const pages = [];
	const walk = (id) => {
		const body = objects.get(id) ?? '';
		if (/\/Type\s*\/Pages\b/.test(body)) for (const kid of refs(body.match(/\/Kids\s*\[([^\]]*)\]/)?.[1] ?? '')) walk(kid);
		else if (/\/Type\s*\/Page\b/.test(body)) pages.push(id);
	};
	if (rootId !== undefined) walk(rootId);

	const outline = [];
	for (const body of objects.values()) {
		const title = body.match(/\/Title\s*(\((?:[^\\)]|\\[\s\S])*\)|<[0-9A-Fa-f\s]*>)/);
		const dest = body.match(/\/Dest\s*\[\s*(\d+) 0 R\s*\/XYZ\s*([\d.-]+)\s+([\d.-]+)/);
		if (title && dest) outline.push({ title: pdfString(title[1]), page: pages.indexOf(Number(dest[1])) + 1, y: Number(dest[3]) });
	}
	outline.sort((a, b) => a.page - b.page || b.y - a.y);
	return { pageCount: pages.length, outline };
}
