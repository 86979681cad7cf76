/**
 * The `_headers` file for static hosts that read it (Netlify, Cloudflare Pages): the same
 * Content-Security-Policy the pages carry in their meta tags, plus what only a header can
 * say (frame-ancestors) and the usual hardening headers.
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
 * allows (the pages differ only in which script and style hashes they need).
 */
export function mergePolicies(policies: readonly string[]): string {
	const merged = new Map<string, Set<string>>();
	for (const policy of policies) {
		for (const [name, sources] of parsePolicy(policy)) {
			const known = merged.get(name) ?? new Set<string>();
			for (const source of sources) known.add(source);
			merged.set(name, known);
		}
	}
	merged.set('frame-ancestors', new Set(["'none'"]));
	return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The `_headers` file: one rule for every path. */
export function headersFile(policies: readonly string[]): string {
	const lines = Object.entries({ 'Content-Security-Policy': mergePolicies(policies), ...STATIC_HEADERS }).map(([name, value]) => `  ${name}: ${value}`);
	return `/*\n${lines.join('\n')}\n`;
}
