import { QueryClient } from '@tanstack/react-query';
import { isClientError } from './api-client';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // A 404 or 400 will not fix itself; network and 5xx failures get two more tries.
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
      },
    },
  });
}
