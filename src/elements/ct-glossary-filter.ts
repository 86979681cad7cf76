/** The behaviour of <ct-glossary-filter> in index.astro: the markup is rendered on the server there. */
import { clientStrings } from '../i18n/client';

class CtGlossaryFilter extends HTMLElement {
	connectedCallback() {
		const { plural } = clientStrings('glossary-filter');
		const input = this.querySelector<HTMLInputElement>('#glossary-filter')!;
		const apply = () => {
			const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
			let shown = 0;
			for (const group of this.querySelectorAll<HTMLElement>('.letter-group')) {
				let inGroup = 0;
				for (const entry of group.querySelectorAll<HTMLElement>('.glossary-entry')) {
					const match = words.every((word) => entry.dataset.search!.includes(word));
					entry.hidden = !match;
					if (match) inGroup++;
				}
				group.hidden = inGroup === 0;
				shown += inGroup;
			}
			this.querySelector('[data-count]')!.textContent = words.length ? plural('glossary.matches', shown) : '';
			this.querySelector<HTMLElement>('[data-empty]')!.hidden = shown > 0;
		};
		input.addEventListener('input', apply);
		const initial = new URLSearchParams(location.search).get('filter');
		if (initial) input.value = initial.slice(0, 100);
		apply();
	}
}
customElements.define('ct-glossary-filter', CtGlossaryFilter);
