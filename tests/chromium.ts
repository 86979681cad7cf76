/** The browser every test and the benchmark use, so none ever downloads one: CHROMIUM_PATH, else Debian's, else Playwright's own. */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH: string | undefined = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** A closed network: keep Chromium from phoning home at start-up. */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
