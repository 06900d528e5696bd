import { defineConfig } from 'vite';

// Relative asset paths, so the built viewer works from any folder or URL prefix.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
});
