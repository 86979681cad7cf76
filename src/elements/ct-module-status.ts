/** The behaviour of <ct-module-status> in ModuleStatus.astro: the markup is rendered on the server there. */
import { moduleState, moduleStatusKey } from '../client/module-status';
import { getProgressStore } from '../client/progress-store';
import { clientStrings } from '../i18n/client';

class CtModuleStatus extends HTMLElement {
	#unsubscribe?: () => void;

	connectedCallback() {
		const store = getProgressStore();
		const { t } = clientStrings('module-status');
		const text = this.querySelector('[data-text]')!;
		const words = this.dataset.words === 'short' ? 'short' : 'long';
		const show = () => {
			const progress = store.read().modules[this.dataset.module!];
			const state = moduleState(progress);
			this.dataset.state = state;
			text.textContent = t(moduleStatusKey(state, words), { score: progress?.bestScore ?? 0 });
		};
		show();
		this.#unsubscribe = store.subscribe(show);
	}

	disconnectedCallback() {
		this.#unsubscribe?.();
	}
}
customElements.define('ct-module-status', CtModuleStatus);
