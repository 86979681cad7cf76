/** The behaviour of <ct-module-status> in ModuleStatus.astro: the markup is rendered on the server there. */
import { getProgressStore } from '../client/progress-store';
import { clientStrings } from '../i18n/client';

class CtModuleStatus extends HTMLElement {
	#unsubscribe?: () => void;

	connectedCallback() {
		const store = getProgressStore();
		const { t } = clientStrings('module-status');
		const show = () => {
			const progress = store.read().modules[this.dataset.module!];
			this.dataset.state = !progress ? 'not-started' : progress.passed ? 'passed' : 'tried';
			this.textContent = !progress
				? t('status.notStarted')
				: t(progress.passed ? 'status.completed' : 'status.tried', { score: progress.bestScore });
		};
		show();
		this.#unsubscribe = store.subscribe(show);
	}

	disconnectedCallback() {
		this.#unsubscribe?.();
	}
}
customElements.define('ct-module-status', CtModuleStatus);
