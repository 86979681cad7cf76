/** The behaviour of <ct-path-progress> in PathProgress.astro: the markup is rendered on the server there. */
import { getProgressStore } from '../client/progress-store';
import { completedCount } from '../client/progress-summary';
import { clientStrings } from '../i18n/client';

class CtPathProgress extends HTMLElement {
	static observedAttributes = ['data-modules'];
	#unsubscribe?: () => void;
	#strings = clientStrings('path-progress');

	connectedCallback() {
		this.#show();
		this.#unsubscribe = getProgressStore().subscribe(() => this.#show());
	}

	attributeChangedCallback() {
		if (this.isConnected) this.#show();
	}

	#show() {
		const modules = (this.dataset.modules ?? '').split(',').filter(Boolean);
		const done = completedCount(getProgressStore().read(), modules);
		this.querySelector('[data-text]')!.textContent = this.#strings.plural('pathProgress.completed', modules.length, { done });
		const bar = this.querySelector('progress')!;
		bar.max = Math.max(modules.length, 1);
		bar.value = done;
	}

	disconnectedCallback() {
		this.#unsubscribe?.();
	}
}
customElements.define('ct-path-progress', CtPathProgress);
