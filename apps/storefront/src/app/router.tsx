import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { HomeRoute, homeLoader } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { productLoader } from './routes/product-loader';
import { RootHydrateFallback, RootLayout, rootLoader } from './routes/root';
import { RouteError } from './routes/route-error';

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    {
      id: 'root',
      element: <RootLayout />,
      HydrateFallback: RootHydrateFallback,
      loader: rootLoader(queryClient),
      errorElement: <RouteError />,
      children: [
        {
          // Errors below the shell render inside it, so the top bar stays usable.
          errorElement: <RouteError />,
          children: [
            { index: true, loader: homeLoader(queryClient), element: <HomeRoute /> },
            {
              path: 'products/:handle',
              loader: productLoader(queryClient),
              // The product page's code loads on first visit, alongside its data, keeping the home page light.
              lazy: {
                Component: async () => (await import('./routes/product')).ProductRoute,
                ErrorBoundary: async () => (await import('./routes/product')).ProductRouteError,
              },
            },
            { path: '*', element: <NotFoundRoute /> },
          ],
        },
      ],
    },
  ]);
}
