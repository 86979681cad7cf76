/**
 * The arithmetic behind the module calculators. Money is worked in whole cents and time
 * in whole milliseconds, so results are exact to the cent and the second instead of
 * drifting with binary fractions (the 0.1% of 30 days that a 99.9% SLO allows is 2,592 seconds, not 2,591.9999…).
 * The results are put into words with the interface's strings (src/i18n), passed in.
 */
import type { ClientStringGroups } from '../i18n/client-strings.ts';
import type { Values } from '../i18n/format.ts';

/** The interface strings the calculators write with. */
export type CalculatorKey = ClientStringGroups['calculator'][number];

/** What the calculators write their results with: the page's strings, and the locale numbers are written in. */
export interface CalculatorWords {
	t: (key: CalculatorKey, values?: Values) => string;
	locale: string;
}

/** Inputs of the annualized-loss calculator, as a learner types them. */
export interface LossInputs {
	/** What the asset is worth, in currency units. */
	assetValue: number;
	/** The share of the asset's value one occurrence destroys today, in percent (0–100). */
	exposureFactor: number;
	/** Expected occurrences per year today; 0.2 means once every five years. */
	annualRate: number;
	/** The exposure factor once the control is in place, in percent. */
	controlledExposureFactor: number;
	/** Expected occurrences per year once the control is in place. */
	controlledAnnualRate: number;
	/** What the control costs per year, in currency units. */
	controlCost: number;
}

export interface LossResult {
	/** Single loss expectancy today: asset value × exposure factor, in cents. */
	sleCents: number;
	/** Annualized loss expectancy today: SLE × ARO, in cents. */
	aleCents: number;
	/** SLE with the control, in cents. */
	controlledSleCents: number;
	/** ALE with the control, in cents. */
	controlledAleCents: number;
	/** What the control removes from the ALE each year, in cents. */
	reductionCents: number;
	/** The reduction minus the control's yearly cost, in cents: positive means the control pays for itself. */
	netCents: number;
}

const toCents = (amount: number) => Math.round(amount * 100);

/** Why a set of inputs cannot be used (the key of the words that say so), or undefined when they can. */
export function lossInputProblem(inputs: LossInputs): CalculatorKey | undefined {
	const { assetValue, exposureFactor, annualRate, controlledExposureFactor, controlledAnnualRate, controlCost } = inputs;
	if (!Object.values(inputs).every(Number.isFinite)) return 'calculator.problem.fillEvery';
	if ([assetValue, annualRate, controlledAnnualRate, controlCost].some((value) => value < 0)) return 'calculator.problem.negative';
	if ([exposureFactor, controlledExposureFactor].some((value) => value < 0 || value > 100)) return 'calculator.problem.exposureRange';
	if (assetValue > 1e12 || controlCost > 1e12 || annualRate > 1e6 || controlledAnnualRate > 1e6) return 'calculator.problem.tooLarge';
	return undefined;
}

/** SLE = asset value × exposure factor; ALE = SLE × annual rate; each rounded to the cent, as on paper. */
function expectedLoss(assetValue: number, exposureFactor: number, annualRate: number) {
	const sleCents = Math.round((toCents(assetValue) * exposureFactor) / 100);
	return { sleCents, aleCents: Math.round(sleCents * annualRate) };
}

/** The yearly loss today and with the control, and whether the control pays for itself. */
export function annualizedLoss(inputs: LossInputs): LossResult {
	const today = expectedLoss(inputs.assetValue, inputs.exposureFactor, inputs.annualRate);
	const controlled = expectedLoss(inputs.assetValue, inputs.controlledExposureFactor, inputs.controlledAnnualRate);
	const reductionCents = today.aleCents - controlled.aleCents;
	return {
		...today,
		controlledSleCents: controlled.sleCents,
		controlledAleCents: controlled.aleCents,
		reductionCents,
		netCents: reductionCents - toCents(inputs.controlCost),
	};
}

/** Formats cents as an amount with two decimals and thousands separators, without a currency sign. */
export function formatCents(cents: number, locale = 'en-US'): string {
	return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100);
}

/** Inputs of the error-budget calculator. */
export interface BudgetInputs {
	/** The SLO, in percent: 99.9. */
	slo: number;
	/** The SLO's window, in days: 30. */
	windowDays: number;
	/** Minutes of SLO-breaking downtime so far in the window. */
	spentMinutes: number;
}

export interface BudgetResult {
	/** Downtime the SLO allows in the window, in whole seconds. */
	allowedSeconds: number;
	/** Downtime spent so far, in whole seconds. */
	spentSeconds: number;
	/** What is left; negative when the budget is overspent. */
	remainingSeconds: number;
	/** What is left as a whole percentage of the budget, rounded down; negative when overspent. */
	remainingPercent: number;
}

/** Why a set of inputs cannot be used (the key of the words that say so), or undefined when they can. */
export function budgetInputProblem({ slo, windowDays, spentMinutes }: BudgetInputs): CalculatorKey | undefined {
	if (![slo, windowDays, spentMinutes].every(Number.isFinite)) return 'calculator.problem.fillEvery';
	if (slo <= 0 || slo >= 100) return 'calculator.problem.sloRange';
	if (windowDays < 1 || windowDays > 366) return 'calculator.problem.windowRange';
	if (spentMinutes < 0) return 'calculator.problem.negativeDowntime';
	return undefined;
}

const MS_PER_DAY = 86_400_000;
// SLOs are written with at most six decimals ("99.9995"); scale them to whole numbers.
const SLO_SCALE = 1_000_000;

/** Allowed downtime = window × (100% − SLO); what is left after the downtime spent. */
export function errorBudget({ slo, windowDays, spentMinutes }: BudgetInputs): BudgetResult {
	const unavailableShare = 100 * SLO_SCALE - Math.round(slo * SLO_SCALE);
	const allowedMs = (windowDays * MS_PER_DAY * unavailableShare) / (100 * SLO_SCALE);
	const allowedSeconds = Math.round(allowedMs / 1000);
	const spentSeconds = Math.round(spentMinutes * 60);
	const remainingSeconds = allowedSeconds - spentSeconds;
	return {
		allowedSeconds,
		spentSeconds,
		remainingSeconds,
		remainingPercent: allowedSeconds === 0 ? 0 : Math.floor((remainingSeconds * 100) / allowedSeconds),
	};
}

/** Formats seconds as "43 min 12 s", "7 h 18 min 17 s" or "2 d 4 h"; negative as "overspent by …". */
export function formatDuration(totalSeconds: number, t: CalculatorWords['t']): string {
	let rest = Math.abs(totalSeconds);
	const parts: string[] = [];
	for (const [unit, size] of [
		['days', 86_400],
		['hours', 3_600],
		['minutes', 60],
		['seconds', 1],
	] as const) {
		const count = Math.floor(rest / size);
		rest -= count * size;
		if (count > 0) parts.push(t(`calculator.duration.${unit}`, { count }));
	}
	const duration = parts.length ? parts.join(' ') : t('calculator.duration.seconds', { count: 0 });
	return totalSeconds < 0 ? t('calculator.duration.overspent', { duration }) : duration;
}

/** The loss calculator's result in words, or what is wrong with the inputs. */
export function describeLoss(inputs: LossInputs, { t, locale }: CalculatorWords): string {
	const problem = lossInputProblem(inputs);
	if (problem) return t(problem);
	const result = annualizedLoss(inputs);
	const money = (cents: number) => formatCents(cents, locale);
	const verdict = result.netCents >= 0 ? t('calculator.loss.benefit', { net: money(result.netCents) }) : t('calculator.loss.netCost', { net: money(-result.netCents) });
	return t('calculator.loss.result', {
		value: money(toCents(inputs.assetValue)),
		exposureFactor: inputs.exposureFactor,
		annualRate: inputs.annualRate,
		controlledExposureFactor: inputs.controlledExposureFactor,
		controlledAnnualRate: inputs.controlledAnnualRate,
		sle: money(result.sleCents),
		ale: money(result.aleCents),
		controlledSle: money(result.controlledSleCents),
		controlledAle: money(result.controlledAleCents),
		reduction: money(result.reductionCents),
		cost: money(toCents(inputs.controlCost)),
		verdict,
	});
}

/** The error-budget calculator's result in words, or what is wrong with the inputs. */
export function describeBudget(inputs: BudgetInputs, { t }: CalculatorWords): string {
	const problem = budgetInputProblem(inputs);
	if (problem) return t(problem);
	const budget = errorBudget(inputs);
	const remaining = formatDuration(budget.remainingSeconds, t);
	const left =
		budget.remainingSeconds >= 0
			? t('calculator.budget.left', { remaining, percent: budget.remainingPercent })
			: t('calculator.budget.overspent', { remaining });
	return t('calculator.budget.result', {
		slo: inputs.slo,
		windowDays: inputs.windowDays,
		allowed: formatDuration(budget.allowedSeconds, t),
		spentMinutes: inputs.spentMinutes,
		left,
	});
}
