import { StoreConfig } from '@noteshop/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from './api-client';

export function getStoreConfig(signal?: AbortSignal): Promise<StoreConfig> {
  return apiGet('/api/config', StoreConfig, signal);
}

export const storeConfigQueryOptions = () =>
  queryOptions({
    queryKey: ['store-config'],
    queryFn: ({ signal }) => getStoreConfig(signal),
    // Regions and keys change with a deploy, not while a tab is open.
    staleTime: Infinity,
  });

export function useStoreConfig() {
  return useQuery(storeConfigQueryOptions());
}
