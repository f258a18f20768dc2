// Every page is prerendered: the site is static files, served from anywhere, with no server.
export const prerender = true;
export const trailingSlash = 'never';
