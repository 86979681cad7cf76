import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { currentSection } from '../../src/client/page-map.ts';

describe('currentSection', () => {
	const line = 240;

	test('no section is current above the first heading', () => {
		assert.equal(currentSection([300, 900, 1500], line), -1);
		assert.equal(currentSection([], line), -1);
	});

	test('a section is current once its heading passes the reading line, and stays current after its heading leaves the window', () => {
		assert.equal(currentSection([240, 900, 1500], line), 0);
		assert.equal(currentSection([-400, 200, 800], line), 1);
		assert.equal(currentSection([-2000, -1200, -300], line), 2);
	});

	test('the last of several headings above the line wins: a short section read past is not current', () => {
		assert.equal(currentSection([-50, 100, 230, 260], line), 2);
	});
});
