import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { annualizedLoss, budgetInputProblem, describeBudget, describeLoss, errorBudget, formatCents, formatDuration, lossInputProblem } from '../../src/client/calculators.ts';
import { resolveStrings, translator } from '../../src/i18n/strings.ts';

/** The calculators' words as the English site has them. */
const english = { t: translator(resolveStrings({}, 'en'), 'en'), locale: 'en' };
const { t } = english;

describe('annualizedLoss', () => {
	const textbook = { assetValue: 100_000, exposureFactor: 25, annualRate: 3, controlledExposureFactor: 25, controlledAnnualRate: 1, controlCost: 20_000 };

	test('the textbook example: 100,000 × 25% = 25,000 a time, × 3 a year = 75,000', () => {
		assert.deepEqual(annualizedLoss(textbook), {
			sleCents: 2_500_000,
			aleCents: 7_500_000,
			controlledSleCents: 2_500_000,
			controlledAleCents: 2_500_000,
			reductionCents: 5_000_000,
			netCents: 3_000_000,
		});
	});

	test('a control that lowers the exposure factor: the reduction, not the whole ALE, is set against its cost', () => {
		const result = annualizedLoss({ assetValue: 1_200_000, exposureFactor: 50, annualRate: 0.2, controlledExposureFactor: 15, controlledAnnualRate: 0.2, controlCost: 45_000 });
		assert.equal(result.aleCents, 12_000_000);
		assert.equal(result.controlledAleCents, 3_600_000);
		assert.equal(result.reductionCents, 8_400_000);
		assert.equal(result.netCents, 3_900_000);
	});

	test('is exact to the cent where binary fractions are not', () => {
		// 1,234.56 × 12.5% = 154.32; × 0.2 a year = 30.864 → 30.86
		const result = annualizedLoss({ assetValue: 1234.56, exposureFactor: 12.5, annualRate: 0.2, controlledExposureFactor: 0, controlledAnnualRate: 0, controlCost: 30.87 });
		assert.equal(result.sleCents, 15_432);
		assert.equal(result.aleCents, 3_086);
		assert.equal(result.netCents, -1);
		assert.equal(annualizedLoss({ ...textbook, assetValue: 0.1, exposureFactor: 100 }).aleCents, 30);
	});

	test('rejects inputs that cannot be a loss estimate', () => {
		assert.equal(lossInputProblem(textbook), undefined);
		assert.match(t(lossInputProblem({ ...textbook, exposureFactor: 120 })!), /0 to 100/);
		assert.match(t(lossInputProblem({ ...textbook, controlledExposureFactor: -1 })!), /0 to 100/);
		assert.match(t(lossInputProblem({ ...textbook, assetValue: -5 })!), /negative/);
		assert.match(t(lossInputProblem({ ...textbook, annualRate: Number.NaN })!), /every field/);
	});

	test('formats cents with two decimals', () => {
		assert.equal(formatCents(7_500_000), '75,000.00');
		assert.equal(formatCents(-1), '-0.01');
	});
});

describe('errorBudget', () => {
	test('99.9% over 30 days allows 43 minutes 12 seconds, exactly', () => {
		const result = errorBudget({ slo: 99.9, windowDays: 30, spentMinutes: 0 });
		assert.equal(result.allowedSeconds, 2_592);
		assert.equal(formatDuration(result.allowedSeconds, t), '43 min 12 s');
	});

	test('other common targets', () => {
		assert.equal(errorBudget({ slo: 99.99, windowDays: 30, spentMinutes: 0 }).allowedSeconds, 259);
		assert.equal(errorBudget({ slo: 99.5, windowDays: 28, spentMinutes: 0 }).allowedSeconds, 12_096);
		assert.equal(errorBudget({ slo: 99.95, windowDays: 365, spentMinutes: 0 }).allowedSeconds, 15_768);
		assert.equal(formatDuration(15_768, t), '4 h 22 min 48 s');
	});

	test('what is left after incidents, including an overspent budget', () => {
		assert.deepEqual(errorBudget({ slo: 99.9, windowDays: 30, spentMinutes: 20.5 }), {
			allowedSeconds: 2_592,
			spentSeconds: 1_230,
			remainingSeconds: 1_362,
			remainingPercent: 52,
		});
		const over = errorBudget({ slo: 99.9, windowDays: 30, spentMinutes: 50 });
		assert.equal(over.remainingSeconds, -408);
		assert.equal(formatDuration(over.remainingSeconds, t), 'overspent by 6 min 48 s');
	});

	test('rejects impossible targets and windows', () => {
		assert.equal(budgetInputProblem({ slo: 99.9, windowDays: 30, spentMinutes: 0 }), undefined);
		assert.match(t(budgetInputProblem({ slo: 100, windowDays: 30, spentMinutes: 0 })!), /below 100/);
		assert.match(t(budgetInputProblem({ slo: 99, windowDays: 0, spentMinutes: 0 })!), /1 to 366/);
		assert.match(t(budgetInputProblem({ slo: 99.9, windowDays: 0.5, spentMinutes: 0 })!), /1 to 366/, 'half a day is below the stated minimum');
		assert.match(t(budgetInputProblem({ slo: 99, windowDays: 30, spentMinutes: -1 })!), /negative/);
	});

	test('formatDuration', () => {
		assert.equal(formatDuration(0, t), '0 s');
		assert.equal(formatDuration(90_061, t), '1 d 1 h 1 min 1 s');
	});
});

describe('describeLoss and describeBudget', () => {
	test('say the worked result in words, or what is wrong', () => {
		assert.equal(
			describeLoss({ assetValue: 1_200_000, exposureFactor: 50, annualRate: 0.2, controlledExposureFactor: 15, controlledAnnualRate: 0.2, controlCost: 45_000 }, english),
			'Today: SLE = 1,200,000.00 × 50% = 600,000.00; ALE = 600,000.00 × 0.2 = 120,000.00 a year. ' +
				'With the control: SLE = 1,200,000.00 × 15% = 180,000.00; ALE = 180,000.00 × 0.2 = 36,000.00 a year. ' +
				'The control removes 84,000.00 of expected loss a year for 45,000.00: a net benefit of 39,000.00 a year.',
		);
		assert.match(
			describeLoss({ assetValue: 100, exposureFactor: 10, annualRate: 1, controlledExposureFactor: 5, controlledAnnualRate: 1, controlCost: 50 }, english),
			/a net cost of 45\.00 a year: on these estimates the control costs more than it saves\.$/,
		);
		assert.equal(
			describeBudget({ slo: 99.9, windowDays: 30, spentMinutes: 20 }, english),
			'An SLO of 99.9% over 30 days allows 43 min 12 s of downtime. After 20 minutes of downtime, 23 min 12 s (53% of the budget) is left.',
		);
		assert.match(describeBudget({ slo: 99.9, windowDays: 30, spentMinutes: 60 }, english), /overspent by 16 min 48 s, so by a typical error-budget policy risky releases pause/);
		assert.equal(describeBudget({ slo: 120, windowDays: 30, spentMinutes: 0 }, english), 'The SLO is a percentage above 0 and below 100.');
	});
});

describe('in another language', () => {
	test('the words and the numbers follow the page', () => {
		const german = { t: translator(resolveStrings({ de: { 'calculator.duration.minutes': '{count} Min.', 'calculator.duration.seconds': '{count} s' } }, 'de'), 'de'), locale: 'de-DE' };
		assert.equal(formatDuration(2_592, german.t), '43 Min. 12 s');
		assert.match(describeLoss({ assetValue: 1_200_000, exposureFactor: 50, annualRate: 0.2, controlledExposureFactor: 15, controlledAnnualRate: 0.2, controlCost: 45_000 }, german), /^Today: SLE = 1\.200\.000,00 × 50% = 600\.000,00;/);
	});
});
