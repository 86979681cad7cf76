/**
 * The arithmetic behind the module calculators. Money is worked in whole cents and time
 * in whole milliseconds, so results are exact to the cent and the second instead of
 * drifting with binary fractions (99.9% of 30 days is 2,592 seconds, not 2,591.9999…).
 */

/** Inputs of the annualized-loss calculator, as a learner types them. */
export interface LossInputs {
	/** What the asset is worth, in currency units. */
	assetValue: number;
	/** The share of the asset's value one occurrence destroys, in percent (0–100). */
	exposureFactor: number;
	/** Expected occurrences per year; 0.2 means once every five years. */
	annualRate: number;
	/** What the control costs per year, in currency units. */
	controlCost: number;
}

export interface LossResult {
	/** Single loss expectancy: asset value × exposure factor, in cents. */
	sleCents: number;
	/** Annualized loss expectancy: SLE × ARO, in cents. */
	aleCents: number;
	/** ALE minus the control's yearly cost, in cents: positive means the control costs less than the loss it addresses. */
	marginCents: number;
}

const toCents = (amount: number) => Math.round(amount * 100);

/** Why a set of inputs cannot be used, or undefined when they can. */
export function lossInputProblem({ assetValue, exposureFactor, annualRate, controlCost }: LossInputs): string | undefined {
	if (![assetValue, exposureFactor, annualRate, controlCost].every(Number.isFinite)) return 'Fill in every field with a number.';
	if (assetValue < 0 || controlCost < 0 || annualRate < 0) return 'Amounts and the yearly rate cannot be negative.';
	if (exposureFactor < 0 || exposureFactor > 100) return 'The exposure factor is a percentage from 0 to 100.';
	if (assetValue > 1e12 || controlCost > 1e12 || annualRate > 1e6) return 'These numbers are too large to be realistic.';
	return undefined;
}

/**
 * SLE = asset value × exposure factor; ALE = SLE × annual rate of occurrence. Each
 * product is rounded to the cent, as an analyst would on paper.
 */
export function annualizedLoss(inputs: LossInputs): LossResult {
	const sleCents = Math.round((toCents(inputs.assetValue) * inputs.exposureFactor) / 100);
	const aleCents = Math.round(sleCents * inputs.annualRate);
	return { sleCents, aleCents, marginCents: aleCents - toCents(inputs.controlCost) };
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

/** Why a set of inputs cannot be used, or undefined when they can. */
export function budgetInputProblem({ slo, windowDays, spentMinutes }: BudgetInputs): string | undefined {
	if (![slo, windowDays, spentMinutes].every(Number.isFinite)) return 'Fill in every field with a number.';
	if (slo <= 0 || slo >= 100) return 'The SLO is a percentage above 0 and below 100.';
	if (windowDays <= 0 || windowDays > 366) return 'The window is a number of days from 1 to 366.';
	if (spentMinutes < 0) return 'Downtime cannot be negative.';
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
export function formatDuration(totalSeconds: number): string {
	const sign = totalSeconds < 0 ? 'overspent by ' : '';
	let rest = Math.abs(totalSeconds);
	const parts: string[] = [];
	for (const [unit, size] of [
		['d', 86_400],
		['h', 3_600],
		['min', 60],
		['s', 1],
	] as const) {
		const count = Math.floor(rest / size);
		rest -= count * size;
		if (count > 0) parts.push(`${count} ${unit}`);
	}
	return sign + (parts.length ? parts.join(' ') : '0 s');
}

/** The loss calculator's result in words, or what is wrong with the inputs. */
export function describeLoss(inputs: LossInputs): string {
	const problem = lossInputProblem(inputs);
	if (problem) return problem;
	const { sleCents, aleCents, marginCents } = annualizedLoss(inputs);
	const verdict =
		marginCents >= 0
			? `The control costs ${formatCents(marginCents)} a year less than the loss it addresses.`
			: `The control costs ${formatCents(-marginCents)} a year more than the loss it addresses.`;
	return `SLE = ${formatCents(toCents(inputs.assetValue))} × ${inputs.exposureFactor}% = ${formatCents(sleCents)}. ALE = ${formatCents(sleCents)} × ${inputs.annualRate} = ${formatCents(aleCents)} a year. ${verdict}`;
}

/** The error-budget calculator's result in words, or what is wrong with the inputs. */
export function describeBudget(inputs: BudgetInputs): string {
	const problem = budgetInputProblem(inputs);
	if (problem) return problem;
	const budget = errorBudget(inputs);
	const left =
		budget.remainingSeconds >= 0
			? `${formatDuration(budget.remainingSeconds)} (${budget.remainingPercent}% of the budget) is left.`
			: `the budget is ${formatDuration(budget.remainingSeconds)}, so by a typical error-budget policy risky releases pause.`;
	return `An SLO of ${inputs.slo}% over ${inputs.windowDays} days allows ${formatDuration(budget.allowedSeconds)} of downtime. After ${inputs.spentMinutes} minutes of downtime, ${left}`;
}
