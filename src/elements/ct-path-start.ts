/** The behaviour of <ct-path-start> in PathStart.astro: the markup is rendered on the server there. */
import { pathStart } from '../client/progress-summary';
import { getProgressStore } from '../client/progress-store';
import { clientStrings } from '../i18n/client';

class CtPathStart extends HTMLElement {
	#strings = clientStrings('path-start');
	#unsubscribe?: () => void;

	connectedCallback() {
		this.#show();
		this.#unsubscribe = getProgressStore().subscribe(() => this.#show());
	}

	disconnectedCallback() {
		this.#unsubscribe?.();
	}

	#show() {
		const { t } = this.#strings;
		// The path's modules in order, each with its title.
		const modules = JSON.parse(this.querySelector('script')!.textContent!) as [string, string][];
		const titles = Object.fromEntries(modules);
		const start = pathStart(getProgressStore().read(), modules.map(([slug]) => slug));
		if (!start) return;
		const line = this.querySelector('p')!;
		const link = document.createElement('a');
		if (start.action === 'completed') {
			const status = document.createElement('span');
			status.className = 'status';
			status.dataset.state = 'passed';
			status.textContent = t('pathStart.completed');
			link.href = `/paths/${encodeURIComponent(this.dataset.path!)}/`;
			link.textContent = t('pathStart.review', { path: this.dataset.pathTitle ?? '' });
			line.replaceChildren(status, ' ', link);
			return;
		}
		link.className = 'button button--primary';
		link.href = `/modules/${encodeURIComponent(start.module)}/`;
		link.textContent = t(start.action === 'start' ? 'pathStart.start' : 'pathStart.continue', { module: titles[start.module] ?? start.module });
		line.replaceChildren(link);
	}
}
customElements.define('ct-path-start', CtPathStart);
