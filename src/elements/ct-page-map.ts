/**
 * The behaviour of <ct-page-map> in PageMap.astro: marks the link to the section being read
 * (aria-current), as headings cross the reading line. Without IntersectionObserver the map
 * stays a plain list of links.
 */
import { currentSection, READING_LINE } from '../client/page-map';

class CtPageMap extends HTMLElement {
	#observer: IntersectionObserver | undefined;

	connectedCallback() {
		const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((link) => ({ link, id: decodeURIComponent(link.hash.slice(1)) }));
		const ids = [...new Set(links.map(({ id }) => id))];
		const headings = ids.map((id) => document.getElementById(id)).filter((heading) => heading !== null);
		if (headings.length === 0 || typeof IntersectionObserver !== 'function') return;
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
		// The observed band is the window above the reading line: a heading entering or leaving it may change the current section.
		this.#observer = new IntersectionObserver(mark, { rootMargin: `0px 0px -${Math.round((1 - READING_LINE) * 100)}% 0px` });
		for (const heading of headings) this.#observer.observe(heading);
	}

	disconnectedCallback() {
		this.#observer?.disconnect();
	}
}
customElements.define('ct-page-map', CtPageMap);
