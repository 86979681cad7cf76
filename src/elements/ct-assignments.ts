/** The behaviour of <ct-assignments> in Assignments.astro: the markup is rendered on the server there. */
import { assignmentModules, dueState, localDay, type Catalog } from '../client/assignments';
import { modulesProgress } from '../client/progress-summary';
import { formatDueDate, hasOnboardingLink, onboardingParams } from '../client/onboarding';
import { removeAssignment } from '../client/progress/changes';
import type { Assignment } from '../client/progress/format';
import { getProgressStore } from '../client/progress-store';
import { clientStrings, pageLocale } from '../i18n/client';
import { pieces } from '../i18n/format';

interface AssignmentCatalog extends Catalog {
	/** Module titles by slug. */
	titles: Record<string, string>;
	/** Path titles by id. */
	pathTitles: Record<string, string>;
}

/** Builds nodes from a string whose {placeholders} stand for nodes (links); text stays text. */
function fillNodes(template: string, nodes: Record<string, Node>): (string | Node)[] {
	return pieces(template).map((piece) => (typeof piece === 'string' ? piece : (nodes[piece.name] ?? `{${piece.name}}`)));
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
	const anchor = document.createElement('a');
	anchor.href = href;
	anchor.textContent = text;
	if (className) anchor.className = className;
	return anchor;
}

class CtAssignments extends HTMLElement {
	static observedAttributes = ['data-show'];
	#strings = clientStrings('assignments');
	#catalog?: AssignmentCatalog;
	#unsubscribe?: () => void;

	connectedCallback() {
		this.#catalog = JSON.parse(this.querySelector('script')!.textContent!) as AssignmentCatalog;
		this.#show();
		this.#unsubscribe = getProgressStore().subscribe(() => this.#show());
	}

	attributeChangedCallback() {
		if (this.#catalog) this.#show();
	}

	disconnectedCallback() {
		this.#unsubscribe?.();
	}

	/** The assignments this element shows: all, one path's (unless the page was opened from a link, which the greeting shows), or one chosen by id. */
	#chosen(assignments: Assignment[]): Assignment[] {
		const show = this.dataset.show ?? '';
		if (show === 'all') return assignments;
		if (show.startsWith('path:')) {
			if (hasOnboardingLink(onboardingParams(location))) return [];
			return assignments.filter((assignment) => assignment.kind === 'path' && assignment.path === show.slice(5)).slice(0, 1);
		}
		if (show.startsWith('id:')) return assignments.filter((assignment) => assignment.id === show.slice(3));
		return [];
	}

	#title(assignment: Assignment): string {
		const { t } = this.#strings;
		const path = this.#catalog!.pathTitles[assignment.path ?? ''] ?? assignment.path ?? '';
		const what = assignment.kind === 'path' ? t('assignments.what.path', { path }) : t('assignments.what.plan');
		const values = { what, from: assignment.from ?? '', due: assignment.due ? formatDueDate(assignment.due, pageLocale()) : '' };
		return t(assignment.from ? (assignment.due ? 'assignments.title.fromDue' : 'assignments.title.from') : assignment.due ? 'assignments.title.due' : 'assignments.title.plain', values);
	}

	#item(assignment: Assignment, today: string): HTMLLIElement {
		const { t, plural } = this.#strings;
		const catalog = this.#catalog!;
		const modules = assignmentModules(assignment, catalog);
		const progress = modulesProgress(getProgressStore().read(), modules);
		const completed = progress.total > 0 && progress.next === undefined;
		const due = dueState(assignment.due, today);
		const state = completed
			? t('assignments.completed')
			: due.state === 'later'
				? plural('assignments.dueIn', due.days)
				: due.state === 'overdue'
					? plural('assignments.overdue', due.days)
					: due.state === 'today'
						? t('assignments.dueToday')
						: due.state === 'tomorrow'
							? t('assignments.dueTomorrow')
							: '';
		const title = this.#title(assignment);
		const href = assignment.kind === 'path' ? `/paths/${encodeURIComponent(assignment.path ?? '')}/` : `/onboarding/plan/?assignment=${encodeURIComponent(assignment.id)}`;
		const item = document.createElement('li');
		item.className = completed ? 'notice notice--success' : due.state === 'overdue' ? 'notice notice--warning' : 'notice';
		item.dataset.assignment = assignment.id;
		const text = document.createElement('p');
		const done = plural('assignments.done', progress.total, { done: progress.done });
		// On the path or plan page itself the title is not a link to the page the learner is on.
		const heading = this.dataset.show === 'all' ? link(href, title) : document.createElement('strong');
		heading.className = 'assignment-title';
		heading.textContent = title;
		text.append(...fillNodes(t(state ? 'assignments.item' : 'assignments.itemNoState', { state, progress: done }), { assignment: heading }));
		if (progress.next !== undefined) {
			text.append(...fillNodes(t('assignments.next'), { module: link(`/modules/${encodeURIComponent(progress.next)}/`, catalog.titles[progress.next] ?? progress.next) }));
		}
		const remove = document.createElement('button');
		remove.type = 'button';
		remove.textContent = t('assignments.remove');
		remove.setAttribute('aria-label', t('assignments.removeLabel', { assignment: title }));
		remove.addEventListener('click', () => this.#remove(assignment, title));
		item.append(text, remove);
		return item;
	}

	#remove(assignment: Assignment, title: string) {
		const items = [...this.querySelectorAll<HTMLElement>('li[data-assignment]')];
		const index = items.findIndex((item) => item.dataset.assignment === assignment.id);
		getProgressStore().update(removeAssignment(assignment.id));
		this.#show();
		this.querySelector('[data-announce]')!.textContent = this.#strings.t('assignments.removed', { assignment: title });
		// Focus stays in the list, on the assignment that took the removed one's place, or leaves for the page's content.
		const remaining = [...this.querySelectorAll<HTMLElement>('li[data-assignment] button')];
		const next = remaining[Math.min(index, remaining.length - 1)];
		(next ?? document.getElementById('main'))?.focus();
	}

	#show() {
		const assignments = this.#chosen(getProgressStore().read().assignments);
		const today = localDay(new Date());
		const section = this.querySelector<HTMLElement>('section')!;
		section.querySelector('ul')!.replaceChildren(...assignments.map((assignment) => this.#item(assignment, today)));
		section.hidden = assignments.length === 0;
		const others = this.querySelector<HTMLElement>('[data-others]');
		if (others) {
			// The plan page shows one plan; the learner's other plans are a link away.
			const plans = getProgressStore()
				.read()
				.assignments.filter((assignment) => assignment.kind === 'plan' && !assignments.includes(assignment));
			others.querySelector('ul')!.replaceChildren(
				...plans.map((plan) => {
					const item = document.createElement('li');
					item.append(link(`/onboarding/plan/?assignment=${encodeURIComponent(plan.id)}`, this.#title(plan)));
					return item;
				}),
			);
			others.hidden = plans.length === 0;
		}
	}
}
customElements.define('ct-assignments', CtAssignments);
