/**
 * <ct-way-forward>, in WayForward.astro: one of three parts of a module's way forward, by
 * `data-part`. "context" says where the module stands ("IT operations staff · 2 of 7"),
 * "pager" links the previous and next modules at the foot, "result" offers the next
 * module as the main action once the quiz is passed. The server renders them for the
 * module's first path; here they follow the learner's current path or plan (way-forward.ts).
 */
import { getProgressStore } from '../client/progress-store';
import { QUIZ_CHECKED_EVENT, type QuizCheckedDetail } from '../client/quiz';
import { afterPassing, currentSequence, placeIn, sequenceHref, WAY_FORWARD_DATA_ID, type Sequence, type WayForwardData } from '../client/way-forward';
import { pieces } from '../i18n/format';
import { clientStrings } from '../i18n/client';

type Part = 'context' | 'pager' | 'result';

let pageData: WayForwardData | undefined;
const readData = (): WayForwardData | undefined => {
	try {
		pageData ??= JSON.parse(document.getElementById(WAY_FORWARD_DATA_ID)?.textContent ?? 'null') ?? undefined;
	} catch {
		pageData = undefined;
	}
	return pageData;
};

/** An element with a class and children (text is set as text, never parsed). */
function node<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	element.append(...children);
	return element;
}

class CtWayForward extends HTMLElement {
	#strings = clientStrings('way-forward');
	/** Whether the quiz's last check on this page passed (the "result" part shows only then). */
	#passedHere = false;
	#unsubscribe?: () => void;
	#onCheck = (event: Event) => {
		const { module, passed } = (event as CustomEvent<QuizCheckedDetail>).detail;
		if (module !== readData()?.module) return;
		this.#passedHere = passed;
		this.#render();
	};

	get #part(): Part {
		return this.dataset.part as Part;
	}

	connectedCallback() {
		if (!readData()) return;
		this.#render();
		this.#unsubscribe = getProgressStore().subscribe(() => this.#render());
		if (this.#part === 'result') document.addEventListener(QUIZ_CHECKED_EVENT, this.#onCheck);
	}

	disconnectedCallback() {
		this.#unsubscribe?.();
		document.removeEventListener(QUIZ_CHECKED_EVENT, this.#onCheck);
	}

	#render() {
		const data = readData()!;
		const record = getProgressStore().read();
		const sequence = currentSequence(record, data);
		const passed = (slug: string) => slug === data.module || (record.modules[slug]?.passed ?? false);
		const parts = {
			context: () => this.#context(data, sequence),
			pager: () => this.#pager(data, sequence, record.modules[data.module]?.passed ?? false),
			result: () => this.#result(data, sequence, passed),
		};
		const children = parts[this.#part]();
		this.replaceChildren(...children);
		this.hidden = children.length === 0;
	}

	/** The sequence's name, as it starts a line or sits in a sentence. */
	#name(sequence: Sequence, inSentence = false): string {
		const { t } = this.#strings;
		return sequence.kind === 'path' ? sequence.title : t(inSentence ? 'wayForward.planInSentence' : 'wayForward.plan');
	}

	/** A string with a node where each of its {placeholders} stands, and text for the rest. */
	#compose(template: string, nodes: Record<string, Node | string>): (Node | string)[] {
		return pieces(template).map((piece) => (typeof piece === 'string' ? piece : (nodes[piece.name] ?? `{${piece.name}}`)));
	}

	#context(data: WayForwardData, sequence: Sequence | undefined): Node[] {
		const place = sequence && placeIn(sequence.modules, data.module);
		if (!sequence || !place) return [];
		const link = node('a', { href: sequenceHref(sequence) }, this.#name(sequence));
		return [node('p', { class: 'meta' }, ...this.#compose(this.#strings.t('wayForward.context'), { sequence: link, position: String(place.position), total: String(place.total) }))];
	}

	/** A link of the pager: a label ("Previous") over a title, on the start or the end side; `rel` only for a neighbouring module. */
	#pagerLink(side: 'prev' | 'next', href: string, label: string, title: string, neighbour = true): HTMLAnchorElement {
		const link = node('a', { class: `way-forward__link way-forward__link--${side}`, href }, node('span', { class: 'way-forward__title' }, title));
		if (label) link.prepend(node('span', { class: 'way-forward__label' }, label));
		if (neighbour) link.rel = side;
		return link;
	}

	/** `done`: this module is passed, so the way on is the page's main action (on a later visit too, when the quiz result is not shown). */
	#pager(data: WayForwardData, sequence: Sequence | undefined, done: boolean): Node[] {
		const { t } = this.#strings;
		const place = sequence && placeIn(sequence.modules, data.module);
		if (!sequence || !place) {
			// A module in no path still has a way back: to the paths and to the list of all modules.
			return [
				node(
					'nav',
					{ class: 'way-forward__pager', 'aria-label': t('wayForward.noPathLabel') },
					this.#pagerLink('prev', '/#paths', '', t('wayForward.choosePath'), false),
					this.#pagerLink('next', '/#modules-heading', '', t('wayForward.allModules'), false),
				),
			];
		}
		const href = (slug: string) => `/modules/${slug}/`;
		const links = [
			place.previous ? this.#pagerLink('prev', href(place.previous), t('wayForward.previous'), data.titles[place.previous] ?? place.previous) : node('span', {}),
			place.next
				? this.#pagerLink('next', href(place.next), t('wayForward.next'), data.titles[place.next] ?? place.next)
				: this.#pagerLink('next', sequenceHref(sequence), t('wayForward.backTo'), this.#name(sequence), false),
		];
		links[1]!.classList.toggle('way-forward__link--main', done);
		return [node('nav', { class: 'way-forward__pager', 'aria-label': t('wayForward.pagerLabel', { sequence: this.#name(sequence, true) }) }, ...links)];
	}

	#result(data: WayForwardData, sequence: Sequence | undefined, passed: (slug: string) => boolean): Node[] {
		if (!this.#passedHere || !sequence) return [];
		const step = afterPassing(sequence.modules, data.module, passed);
		if (!step) return [];
		const { t, plural } = this.#strings;
		const action = (href: string, text: string, primary = true) => node('a', { class: primary ? 'button button--primary' : 'button', href }, text);
		const nextAction = (slug: string) => action(`/modules/${slug}/`, t('wayForward.nextAction', { module: data.titles[slug] ?? slug }));
		if (step.kind === 'next') return [node('p', {}, nextAction(step.module))];
		if (step.kind === 'unfinished') {
			return [node('p', {}, plural('wayForward.unfinished', step.left, { sequence: this.#name(sequence, true) })), node('p', {}, nextAction(step.module))];
		}
		return [
			node('p', { class: 'way-forward__finished' }, t('wayForward.finished', { sequence: this.#name(sequence, true) })),
			node(
				'p',
				{ class: 'way-forward__actions' },
				action(sequenceHref(sequence), t(sequence.kind === 'path' ? 'wayForward.backToPath' : 'wayForward.backToPlan')),
				action('/progress/', t('wayForward.seeProgress'), false),
			),
		];
	}
}
customElements.define('ct-way-forward', CtWayForward);
