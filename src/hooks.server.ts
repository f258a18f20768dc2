/**
 * Before any page is written, the whole story's content is checked (lib/server/content.ts): bad
 * content fails the build with messages naming the file, the line and the words, whichever page
 * would have been written first.
 *
 * The build's 404.html is SvelteKit's fallback shell, whose error page only draws in the browser:
 * give its HTML the title that page sets, so that the page is valid HTML before its script runs.
 */
import type { Handle, ServerInit } from '@sveltejs/kit';
import { checkStoryContent } from '$lib/server/content';

export const init: ServerInit = () => checkStoryContent();

const FALLBACK_TITLE = '<title>Page not found · Passages</title>';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			event.url.pathname.endsWith('/[fallback]') && !html.includes('<title>') ? html.replace('</head>', `\t${FALLBACK_TITLE}\n\t</head>`) : html
	});
