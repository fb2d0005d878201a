// Browser tests (npm test runs them after the unit tests): @playwright/test driving Debian's
// Chromium, never a downloaded browser. The site is served by the local runner's `serve` command,
// one server per data folder, started by the fixtures in test/browser/fixtures.mjs on free ports.
import { defineConfig } from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export default defineConfig({
  testDir: 'test/browser',
  testMatch: /.*\.spec\.mjs$/,
  globalSetup: './test/browser/global-setup.mjs',
  outputDir: 'test-results/playwright',
  // Two cores: one worker keeps Chromium and the runner's JVM from competing with a second pair.
  workers: Number(process.env.PLAYWRIGHT_WORKERS || 1),
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
});
