/**
 * /lms/course.json, in the LMS build only (CROSSTRAIN_TARGET=lms): the course as the
 * packager needs it (src/integrations/lms/course-data.ts). The hosted site has no such page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCourse } from '../../data/course';
import type { CourseData } from '../../integrations/lms/course-data';

export const getStaticPaths: GetStaticPaths = () => (import.meta.env.CROSSTRAIN_TARGET === 'lms' ? [{ params: { file: 'course' } }] : []);

export const GET: APIRoute = async ({ site }) => {
	const course = await loadCourse();
	const data: CourseData = {
		site: new URL('/', site).href,
		title: 'Crosstrain',
		description: 'A shared course for IT operations and information security: each side learns how the other works, and both share one glossary.',
		modules: [...course.modules.values()].map((module) => {
			const quiz = course.quizzes.get(module.id)!;
			return { slug: module.id, title: module.data.title, summary: module.data.summary, passMark: quiz.passMark, questionIds: quiz.questions.map((question) => question.id) };
		}),
		paths: [...course.paths.values()].map((path) => ({ id: path.id, title: path.data.title, description: path.data.description, modules: path.data.modules })),
	};
	return new Response(JSON.stringify(data, null, '\t'), { headers: { 'Content-Type': 'application/json' } });
};
