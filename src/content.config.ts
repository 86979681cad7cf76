import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleSchema, pathSchema, quizSchema, termSchema } from './schemas/index.ts';

const modules = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/modules' }),
	schema: moduleSchema,
});

const quizzes = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/quizzes' }),
	schema: quizSchema,
});

const glossary = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/glossary' }),
	schema: termSchema,
});

const paths = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/paths' }),
	schema: pathSchema,
});

export const collections = { modules, quizzes, glossary, paths };
