import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// The api origin that `vite dev` and `vite preview` proxy to; the api serves the built site itself in production.
const apiOrigin = process.env.NOTESHOP_API_ORIGIN ?? 'http://localhost:3000';
const proxied = Object.fromEntries(
  ['/api', '/store', '/auth'].map((path) => [path, { target: apiOrigin, changeOrigin: false }]),
);

export default defineConfig({
  plugins: [react()],
  // Read @noteshop/contracts from its TypeScript source so no contracts build is needed first.
  resolve: { conditions: ['@noteshop/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@noteshop/source', ...defaultServerConditions] } },
  server: { proxy: proxied },
  preview: { proxy: proxied },
  build: {
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      output: {
        // Libraries change far less often than our code: separate chunks stay cached across deploys.
        manualChunks(id) {
          if (!id.includes('/node_modules/')) return undefined;
          return /\/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)
            ? 'react'
            : 'vendor';
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
