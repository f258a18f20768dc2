import { chapters } from '$lib/server/chapters';
import type { PageServerLoad } from './$types';

// The speaker window shows each chapter's notes, lead and key quotation.
export const load: PageServerLoad = () => ({ chapters });
