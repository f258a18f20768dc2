import type { HandleClientError } from '@sveltejs/kit';

// An unknown address is an expected outcome with its own helpful page, not an error to log.
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
