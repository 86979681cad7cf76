/**
 * The shape of everything authors write in content/, one file per concept. Each field's doc
 * comment says what it means to an author; the build rejects any file that does not match,
 * naming the file and the field. Unknown fields are errors too, so a misspelt name is caught.
 */
export { moduleSchema, objectiveSchema, TRACKS, type ModuleData, type Track } from './module.ts';
export { questionSchema, quizSchema, type Question, type Quiz } from './quiz.ts';
export { sourceSchema, type Source } from './source.ts';
export { termSchema, type Term } from './term.ts';
export { pathSchema, type PathData } from './path.ts';
export { sourceStatusFileSchema, sourceStatusSchema, type SourceStatus } from './source-status.ts';
export { contactSchema, DEFAULT_ACCENT, DEFAULT_HOME_PATHS, siteSchema, type Contact, type SiteSettings } from './site.ts';
export { DEFAULT_NOTE_PLACE, moduleNoteSchema, termNoteSchema, type ModuleNoteData } from './local-note.ts';
export { changelogFileSchema, changeSchema, releaseSchema, type Change, type Release } from './changelog.ts';
