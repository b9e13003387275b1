import { defineConfig, devices } from '@playwright/test';
import { normalizeBase } from './src/lib/site-config.ts';

// Browser tests drive the already built site (npm run build) in Chromium.
// Debian's Chromium by default; ATLAS_CHROMIUM points at another browser binary.
const executablePath = process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium';
const port = Number(process.env.ATLAS_TEST_PORT ?? 4322);
const base = normalizeBase(process.env.ATLAS_BASE);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.ts --port ${port} --base ${base}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
