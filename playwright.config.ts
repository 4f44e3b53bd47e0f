import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './src/tools/chromium.ts';

// E2E tests run against the built site (npm run build) served by `astro preview`, in Debian's
// Chromium: Playwright cannot download its own browser on these machines.
const port = Number(process.env.E2E_PORT ?? 4329);
const haveChromium = existsSync(CHROMIUM_PATH);
if (!haveChromium) {
  if (process.env.CI === 'true') throw new Error(`CI=true but Chromium is missing at ${CHROMIUM_PATH}`);
  console.warn(`\n!!! SKIPPING ALL E2E TESTS: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)\n`);
}

export default defineConfig({
  testDir: 'tests/e2e',
  testIgnore: haveChromium ? [] : ['**/*'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // --ignore-lock: a reader may have `npm start` running; the tests need their own server anyway.
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
