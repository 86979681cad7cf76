import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR } from './data/content-dir.ts';
import { moduleSchema, pathSchema, quizSchema, termSchema } from './schemas/index.ts';

const modules = defineCollection({
	loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/modules` }),
	schema: moduleSchema,
});

const quizzes = defineCollection({
	loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/quizzes` }),
	schema: quizSchema,
});

const glossary = defineCollection({
	loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/glossary` }),
	schema: termSchema,
});

const paths = defineCollection({
	loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/paths` }),
	schema: pathSchema,
});

export const collections = { modules, quizzes, glossary, paths };
