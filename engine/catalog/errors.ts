/** Errors of catalog operations (DDL), with stable codes and Flink-like messages. */

export type CatalogErrorCode =
  | 'catalog-exists'
  | 'catalog-not-found'
  | 'catalog-not-empty'
  | 'catalog-read-only'
  | 'database-exists'
  | 'database-not-found'
  | 'database-not-empty'
  | 'object-exists'
  | 'object-not-found'
  | 'wrong-kind'
  | 'function-exists'
  | 'function-not-found'
  | 'invalid-name'
  | 'invalid-definition'
  | 'unsupported'
  | 'io';

export class CatalogError extends Error {
  constructor(
    readonly code: CatalogErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CatalogError';
  }
}
