/**
 * The folder the course is read from: content/, or the folder CROSSTRAIN_CONTENT names
 * (the tests build their fixture course this way). Relative to the project root.
 */
import { resolve } from 'node:path';

export const CONTENT_DIR = resolve(process.env.CROSSTRAIN_CONTENT ?? 'content');
