/**
 * The Content-Security-Policy of every page, and the `_headers` file for static hosts that
 * read it (Netlify, Cloudflare Pages): the same policy the pages carry in their meta tags,
 * plus what only a header can say (frame-ancestors) and the usual hardening headers.
 */

/** Headers that do not depend on the build. */
export const STATIC_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'X-Frame-Options': 'DENY',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
};

function parsePolicy(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name!, sources] as const),
	);
}

/**
 * Merges the pages' meta policies into one: each directive keeps every source any page
 * allows (the pages differ only in which script and style hashes they need). The header
 * adds `frame-ancestors 'none'`, which only a header can carry; `{ forMeta: true }` leaves it out.
 */
export function mergePolicies(policies: readonly string[], { forMeta = false } = {}): string {
	const merged = new Map<string, Set<string>>();
	for (const policy of policies) {
		for (const [name, sources] of parsePolicy(policy)) {
			const known = merged.get(name) ?? new Set<string>();
			for (const source of sources) known.add(source);
			merged.set(name, known);
		}
	}
	if (!forMeta) merged.set('frame-ancestors', new Set(["'none'"]));
	return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/** The Content-Security-Policy a built page carries in its meta tag, if any. */
export function pagePolicy(html: string): string | undefined {
	return META_POLICY.exec(html)?.[1];
}

/**
 * The page with `policy` in a meta tag as the first thing in its head, for the pages Astro
 * writes without one (the redirect pages of its `redirects` config). First, because a meta
 * policy governs only what comes after it.
 */
export function withPolicy(html: string, policy: string): string {
	const meta = `<meta http-equiv="content-security-policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
	const head = /<head\b[^>]*>/i.exec(html) ?? /^\s*<!doctype html>/i.exec(html);
	if (!head) return meta + html;
	const end = head.index + head[0].length;
	return html.slice(0, end) + meta + html.slice(end);
}

/** The `_headers` file: one rule for every path. */
export function headersFile(policies: readonly string[]): string {
	const lines = Object.entries({ 'Content-Security-Policy': mergePolicies(policies), ...STATIC_HEADERS }).map(([name, value]) => `  ${name}: ${value}`);
	return `/*\n${lines.join('\n')}\n`;
}
