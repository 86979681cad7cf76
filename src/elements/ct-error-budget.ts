/** The behaviour of <ct-error-budget> in ErrorBudgetCalculator.astro: the markup is rendered on the server there. */
import { describeBudget } from '../client/calculators';
import { clientStrings, pageLocale } from '../i18n/client';

class CtErrorBudget extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const words = { t: clientStrings('calculator').t, locale: pageLocale() };
		const value = (name: string) => Number.parseFloat(form.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value);
		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('input', () => {
			this.querySelector('[data-result]')!.textContent = describeBudget({ slo: value('slo'), windowDays: value('windowDays'), spentMinutes: value('spentMinutes') }, words);
		});
	}
}
customElements.define('ct-error-budget', CtErrorBudget);
