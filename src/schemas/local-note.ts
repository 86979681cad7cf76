import type { z } from 'astro/zod';
import { fields, text } from './author-errors.ts';

const FIELDS = 'src/schemas/local-note.ts';

/** The heading a module's local note goes before when its front matter names none. */
export const DEFAULT_NOTE_PLACE = 'Key takeaways';

/**
 * The front matter of a module's local note, content/local/<module-slug>.mdx: the
 * organization's own practice, shown in the module under "How we do it here". The front
 * matter is optional; the body is the note.
 */
export const moduleNoteSchema = fields(
	{
		/**
		 * The module's `##` heading the note goes before, as written in the module: "Questions to ask each other".
		 * Without it the note goes before "Key takeaways", or at the end of the module's text if it has no such heading.
		 */
		placeBefore: text.optional(),
	},
	FIELDS,
);

/** The front matter of a glossary term's local note, content/local/glossary/<term-slug>.md: none yet, the body is the note. */
export const termNoteSchema = fields({}, FIELDS);

export type ModuleNoteData = z.output<typeof moduleNoteSchema>;
