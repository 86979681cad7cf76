/**
 * A search submitted from the header's box hands the focus to the results on the search
 * page. The header's element notes the submission for this tab; the search page takes the
 * note, once. A search page opened any other way (a link, a reload) leaves the focus alone.
 */
const SUBMITTED_KEY = 'crosstrain:search-submitted';

/** Notes that the header's search box was just submitted. Never throws. */
export function noteHeaderSearch(storage: Pick<Storage, 'setItem'> | undefined = sessionStorageOrUndefined()): void {
	try {
		storage?.setItem(SUBMITTED_KEY, '1');
	} catch {
		// Without session storage the results page simply keeps the focus where it is.
	}
}

/** Whether this page load follows a search from the header; forgets the note. Never throws. */
export function takeHeaderSearch(storage: Pick<Storage, 'getItem' | 'removeItem'> | undefined = sessionStorageOrUndefined()): boolean {
	try {
		const noted = storage?.getItem(SUBMITTED_KEY) === '1';
		storage?.removeItem(SUBMITTED_KEY);
		return noted;
	} catch {
		return false;
	}
}

function sessionStorageOrUndefined(): Storage | undefined {
	try {
		return sessionStorage;
	} catch {
		return undefined;
	}
}
