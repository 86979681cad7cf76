/** The behaviour of <ct-ale-calculator> in AleCalculator.astro: the markup is rendered on the server there. */
import { describeLoss, type LossInputs } from '../client/calculators';
import { clientStrings, pageLocale } from '../i18n/client';

class CtAleCalculator extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		const words = { t: clientStrings('calculator').t, locale: pageLocale() };
		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('input', () => {
			const inputs = Object.fromEntries(
				[...form.querySelectorAll<HTMLInputElement>('input')].map((input) => [input.name, Number.parseFloat(input.value)]),
			) as unknown as LossInputs;
			this.querySelector('[data-result]')!.textContent = describeLoss(inputs, words);
		});
	}
}
customElements.define('ct-ale-calculator', CtAleCalculator);
