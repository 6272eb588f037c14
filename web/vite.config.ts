import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The UI is built into dist/web, which `triangulate serve` serves next to the API.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 400,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:4317' } },
});
