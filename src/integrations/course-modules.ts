/**
 * Build-time facts about the course that browser code needs, as virtual modules, so no page
 * carries them in a block of its own for scripts to dig out of the DOM:
 * `virtual:crosstrain/renames` is former module slug → current slug.
 */
import type { AstroIntegration } from 'astro';

const RENAMES = 'virtual:crosstrain/renames';

export function courseModules({ renames }: { renames: Readonly<Record<string, string>> }): AstroIntegration {
	return {
		name: 'crosstrain:course-modules',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'crosstrain:course-modules',
								resolveId: (id: string) => (id === RENAMES ? `\0${RENAMES}` : undefined),
								load: (id: string) => (id === `\0${RENAMES}` ? `export default ${JSON.stringify(renames)};` : undefined),
							},
						],
					},
				});
			},
		},
	};
}
