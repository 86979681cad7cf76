/**
 * The behaviour of <ct-page-map> in PageMap.astro: marks the link to the section being read
 * (aria-current), as headings cross the reading line. It measures on scroll (once a frame)
 * rather than with an IntersectionObserver: a jump ("Skip to the quiz", End, a link) carries
 * headings across the line without ever showing them inside a band, so no observer fires.
 */
import { currentSection, READING_LINE } from '../client/page-map';

class CtPageMap extends HTMLElement {
	#stop: (() => void) | undefined;

	connectedCallback() {
		const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((link) => ({ link, id: decodeURIComponent(link.hash.slice(1)) }));
		const ids = [...new Set(links.map(({ id }) => id))];
		const headings = ids.map((id) => document.getElementById(id)).filter((heading) => heading !== null);
		if (headings.length === 0) return;
		const mark = () => {
			const at = currentSection(
				headings.map((heading) => heading.getBoundingClientRect().top),
				innerHeight * READING_LINE,
			);
			const current = headings[at]?.id;
			for (const { link, id } of links) {
				if (id === current) link.setAttribute('aria-current', 'true');
				else link.removeAttribute('aria-current');
			}
		};
		let pending = false;
		const schedule = () => {
			if (pending) return;
			pending = true;
			requestAnimationFrame(() => {
				pending = false;
				mark();
			});
		};
		addEventListener('scroll', schedule, { passive: true });
		addEventListener('resize', schedule, { passive: true });
		this.#stop = () => {
			removeEventListener('scroll', schedule);
			removeEventListener('resize', schedule);
		};
		mark();
	}

	disconnectedCallback() {
		this.#stop?.();
	}
}
customElements.define('ct-page-map', CtPageMap);
