import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moduleState, moduleStatusKey } from '../../src/client/module-status.ts';

test('a module is not started, in progress or completed, from its progress', () => {
	assert.equal(moduleState(undefined), 'not-started');
	assert.equal(moduleState({ passed: false }), 'in-progress');
	assert.equal(moduleState({ passed: true }), 'completed');
});

test('each state has its words, with the best score only in the long form', () => {
	assert.equal(moduleStatusKey('not-started', 'long'), 'status.notStarted');
	assert.equal(moduleStatusKey('not-started', 'short'), 'status.notStarted');
	assert.equal(moduleStatusKey('in-progress', 'long'), 'status.tried');
	assert.equal(moduleStatusKey('in-progress', 'short'), 'status.triedShort');
	assert.equal(moduleStatusKey('completed', 'long'), 'status.completed');
	assert.equal(moduleStatusKey('completed', 'short'), 'status.completedShort');
});
