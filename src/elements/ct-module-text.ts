/** The behaviour of <ct-module-text> in ModuleText.astro: the markup is rendered on the server there. */
/** Shifts a shown tooltip left when it would run off the right edge of the window. */
function keepInView(tip: HTMLElement) {
	tip.style.insetInlineStart = '';
	const overflow = tip.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
	if (overflow > 0) tip.style.insetInlineStart = `${-overflow}px`;
}

class CtModuleText extends HTMLElement {
	connectedCallback() {
		this.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape') return;
			const term = (event.target as Element).closest?.('.term');
			term?.setAttribute('data-dismissed', '');
		});
		const clear = (event: Event) => (event.target as Element).closest?.('.term')?.removeAttribute('data-dismissed');
		this.addEventListener('focusout', clear);
		this.addEventListener('mouseout', clear);
		const place = (event: Event) => {
			const tip = (event.target as Element).closest?.('.term')?.querySelector<HTMLElement>('.term-tip');
			if (tip) keepInView(tip);
		};
		this.addEventListener('mouseover', place);
		this.addEventListener('focusin', place);
		this.#printDiagramText();
	}

	/** A printed page has no disclosures to open: the diagrams' text alternatives print open, and close again after. */
	#printDiagramText() {
		let opened: HTMLDetailsElement[] = [];
		addEventListener('beforeprint', () => {
			opened = [...this.querySelectorAll<HTMLDetailsElement>('.diagram details:not([open])')];
			for (const details of opened) details.open = true;
		});
		addEventListener('afterprint', () => {
			for (const details of opened) details.open = false;
			opened = [];
		});
	}
}
customElements.define('ct-module-text', CtModuleText);
