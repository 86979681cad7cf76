/** The behaviour of <ct-ale-calculator> in AleCalculator.astro: the markup is rendered on the server there. */
import { describeLoss, type LossInputs } from '../client/calculators';

class CtAleCalculator extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form')!;
		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('input', () => {
			const inputs = Object.fromEntries(
				[...form.querySelectorAll<HTMLInputElement>('input')].map((input) => [input.name, Number.parseFloat(input.value)]),
			) as unknown as LossInputs;
			this.querySelector('[data-result]')!.textContent = describeLoss(inputs);
		});
	}
}
customElements.define('ct-ale-calculator', CtAleCalculator);
