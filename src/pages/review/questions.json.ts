import type { APIRoute } from 'astro';
import { loadCourse } from '../../data/course';
import { reviewQuestions } from '../../data/review-questions';

/** Every quiz question as plain text, fetched by the review page (src/client/review/questions.ts). */
export const GET: APIRoute = async () => {
	const course = await loadCourse();
	const modules = [...course.modules.values()].map((module) => ({
		slug: module.id,
		title: module.data.title,
		objectives: module.data.objectives,
		quiz: course.quizzes.get(module.id),
	}));
	return new Response(JSON.stringify(reviewQuestions(modules)), { headers: { 'Content-Type': 'application/json' } });
};
