/** The behaviour of <ct-path-mastery> in PathMastery.astro: the markup is rendered on the server there. */
import { readCourseOutline } from '../client/course-outline';
import { countStates, masteryCounts, moduleMastery, OBJECTIVE_STATES, type ObjectiveMastery } from '../client/mastery';
import { getProgressStore } from '../client/progress-store';
import { clientStrings } from '../i18n/client';
import { reviewUrl, showState, STATE_MARKS } from './mastery-view';

class CtPathMastery extends HTMLElement {
	#unsubscribe?: () => void;
	#strings = clientStrings('mastery');

	connectedCallback() {
		this.#show();
		this.#unsubscribe = getProgressStore().subscribe(() => this.#show());
	}

	disconnectedCallback() {
		this.#unsubscribe?.();
	}

	#show() {
		const record = getProgressStore().read();
		const { modules } = readCourseOutline();
		const slugs = (this.dataset.modules ?? '').split(',').filter(Boolean);
		const { t, plural } = this.#strings;
		const all = masteryCounts(record, slugs, modules);
		this.querySelector('[data-sentence]')!.textContent = plural(this.dataset.kind === 'group' ? 'mastery.group' : 'mastery.path', all.total, { shown: all.shown });
		for (const row of this.querySelectorAll<HTMLElement>('li[data-module]')) {
			const slug = row.dataset.module!;
			const objectives = moduleMastery(record, slug, modules);
			const counts = countStates(objectives);
			row.querySelector('[data-counts]')!.textContent = t('mastery.counts', { ...counts });
			// The bar reads like a bar chart: shown first, then to revisit, then not yet tried.
			const steps = OBJECTIVE_STATES.flatMap((state) => Array.from({ length: counts[state] }, () => state));
			row.querySelector('[data-bar]')!.replaceChildren(
				...steps.map((state) => {
					const step = document.createElement('span');
					step.className = 'mastery-bar__step';
					step.dataset.state = state;
					step.textContent = state === 'untried' ? '' : STATE_MARKS[state];
					return step;
				}),
			);
			const revisit = row.querySelector<HTMLElement>('[data-revisit]')!;
			const toRevisit = objectives.filter((objective) => objective.state === 'revisit');
			revisit.replaceChildren(...toRevisit.map((objective) => this.#revisitItem(slug, objective)));
			revisit.hidden = toRevisit.length === 0;
		}
	}

	#revisitItem(slug: string, objective: ObjectiveMastery): HTMLLIElement {
		const { t } = this.#strings;
		const item = document.createElement('li');
		const state = document.createElement('span');
		state.className = 'mastery-state';
		showState(state, 'revisit', this.#strings);
		const link = (href: string, text: string) => {
			const anchor = document.createElement('a');
			anchor.href = href;
			anchor.textContent = text;
			return anchor;
		};
		const links = document.createElement('span');
		links.className = 'mastery-links';
		links.append(link(`/modules/${slug}/#objective-${objective.id}`, t('mastery.inModule')), link(reviewUrl(slug, objective.id), t('mastery.review')));
		item.append(state, objective.text, links);
		return item;
	}
}
customElements.define('ct-path-mastery', CtPathMastery);
