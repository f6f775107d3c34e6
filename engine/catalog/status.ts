/**
 * How fresh and reachable a catalog, a database or one object is. A remote source (Kafka,
 * Schema Registry) can be loading, ready, or unavailable with a reason; whatever was known
 * before stays in the snapshot, and `lastRefreshed` says how old it is.
 */

export type CatalogStatus =
  | { readonly state: 'loading'; readonly lastRefreshed?: number }
  | { readonly state: 'ready'; readonly lastRefreshed: number }
  | { readonly state: 'unavailable'; readonly reason: string; readonly lastRefreshed?: number };

export function ready(at: number = Date.now()): CatalogStatus {
  return { state: 'ready', lastRefreshed: at };
}

export function loading(lastRefreshed?: number): CatalogStatus {
  return lastRefreshed === undefined ? { state: 'loading' } : { state: 'loading', lastRefreshed };
}

export function unavailable(reason: string, lastRefreshed?: number): CatalogStatus {
  return lastRefreshed === undefined ? { state: 'unavailable', reason } : { state: 'unavailable', reason, lastRefreshed };
}

/** `unavailable: connection refused (last refreshed 12:03:10)`, for hovers and messages. */
export function describeStatus(status: CatalogStatus): string {
  const when = status.lastRefreshed === undefined ? '' : ` (last refreshed ${new Date(status.lastRefreshed).toISOString()})`;
  switch (status.state) {
    case 'ready':
      return `ready${when}`;
    case 'loading':
      return `loading${when}`;
    case 'unavailable':
      return `unavailable: ${status.reason}${when}`;
  }
}
