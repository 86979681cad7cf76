import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findBrokenLinks } from '../../src/integrations/link-check.ts';
import { headersFile, mergePolicies, pagePolicy, withPolicy } from '../../src/integrations/security-headers.ts';

const pages = [
	{ path: '/', html: '<a href="/glossary/">Glossary</a><a href="#main">Skip</a><main id="main"></main><script src="/_astro/app.js"></script>' },
	{ path: '/glossary/', html: '<h2 id="letter-A">A</h2><a href="/glossary/risk/">Risk</a><a href="https://example.com/">out</a><a href="mailto:x@example.com">mail</a>' },
	{ path: '/glossary/risk/', html: '<a href="../#letter-A">Back</a><a href="/search/?q=risk&amp;x=1">Search</a>' },
	{ path: '/search/', html: '<p id="results"></p>' },
];
const files = new Set(['/_astro/app.js', '/favicon.svg']);

test('a site whose links all arrive has no problems', () => {
	assert.deepEqual(findBrokenLinks(pages, files), []);
});

test('missing pages, files and anchors are each named with the page they are on', () => {
	const broken = [
		...pages,
		{ path: '/modules/x/', html: '<a href="/glossary/nope/">a</a><a href="/glossary/#letter-Z">b</a><img src="/missing.svg"><a href="#here">c</a><a href="/glossary">d</a>' },
	];
	assert.deepEqual(findBrokenLinks(broken, files), [
		'/modules/x/: the link "/glossary/nope/" leads to /glossary/nope/, which the build did not produce.',
		'/modules/x/: the link "/glossary/#letter-Z" points to #letter-Z, which is not an id on /glossary/.',
		'/modules/x/: the link "/missing.svg" leads to /missing.svg, which the build did not produce.',
		'/modules/x/: the link "#here" points to #here, which is not an id on /modules/x/.',
		'/modules/x/: the link "/glossary" leads to /glossary, which the build did not produce.',
	]);
});

test('the headers file merges the pages\' policies and adds what only a header can say', () => {
	const policy = mergePolicies([
		"default-src 'self'; object-src 'none'; script-src 'self' 'sha256-a'",
		"default-src 'self'; object-src 'none'; script-src 'self' 'sha256-b'",
	]);
	assert.equal(policy, "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'");
	const file = headersFile(["default-src 'self'"]);
	assert.match(file, /^\/\*\n {2}Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n/);
	assert.match(file, /X-Content-Type-Options: nosniff/);
	assert.match(file, /Permissions-Policy: camera=\(\)/);
});

test('a page without a policy gets the site’s, first in its head; the meta form leaves out what only a header can say', () => {
	const policy = mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'"], { forMeta: true });
	assert.equal(policy, "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'");
	const stub = '<!doctype html><title>Redirecting to: /glossary/x/</title><meta http-equiv="refresh" content="0;url=/glossary/x/">';
	const protectedStub = withPolicy(stub, policy);
	assert.match(protectedStub, /^<!doctype html><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'"><title>/);
	assert.equal(pagePolicy(protectedStub), policy);
	assert.equal(pagePolicy(stub), undefined);
	assert.match(withPolicy('<html><head lang="en"><title>x</title></head></html>', "default-src 'none'"), /^<html><head lang="en"><meta http-equiv="content-security-policy" content="default-src 'none'"><title>/);
});
