/** The behaviour of <ct-continue-learning> in ContinueLearning.astro: the markup is rendered on the server there. */
import { getProgressStore } from '../client/progress-store';
import { whereToContinue } from '../client/progress-summary';

interface Catalog {
	modules: { slug: string; title: string }[];
	paths: string[][];
}

class CtContinueLearning extends HTMLElement {
	connectedCallback() {
		const catalog = JSON.parse(this.querySelector('script')!.textContent!) as Catalog;
		const slug = whereToContinue(getProgressStore().read(), catalog.paths);
		const module = catalog.modules.find((entry) => entry.slug === slug);
		if (!module) return;
		const link = this.querySelector('a')!;
		link.href = `/modules/${module.slug}/`;
		link.textContent = module.title;
		this.querySelector<HTMLElement>('.notice')!.hidden = false;
	}
}
customElements.define('ct-continue-learning', CtContinueLearning);
