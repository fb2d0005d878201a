import { defineConfig } from 'vite';

// base './' keeps every URL relative, so dist/ works from any prefix in the site bucket.
// In `npm run dev` the engine-made demo fixture (test/generated/demo) is served beside the page as data/.
export default defineConfig(({ command }) => ({
  base: './',
  publicDir: command === 'serve' ? (process.env.DASHBOARD_DATA_DIR ?? 'test/generated/demo') : false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Keep the CSP strict: no inlined module preload polyfill script in index.html.
    modulePreload: { polyfill: false },
  },
}));
