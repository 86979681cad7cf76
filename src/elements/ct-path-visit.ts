/**
 * <ct-path-visit data-path="…"> on a path's page: remembers the path as the one the learner
 * last visited, so its modules' pages show their place in it (src/client/way-forward.ts).
 */
import { getProgressStore } from '../client/progress-store';
import { visitPath } from '../client/progress/changes';

class CtPathVisit extends HTMLElement {
	connectedCallback() {
		if (this.dataset.path) getProgressStore().update(visitPath(this.dataset.path));
	}
}
customElements.define('ct-path-visit', CtPathVisit);
