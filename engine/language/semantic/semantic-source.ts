/**
 * What semantic IDE features read besides the document: the catalog (its snapshot is read
 * synchronously, never awaited) and the settings' default catalog and database.
 */
import type { CatalogManager } from '../../catalog/manager';
import type { ContextSettings } from '../../catalog/context';

export interface SemanticSource {
  /** The catalog names resolve in (called per request: the server may swap managers). */
  readonly catalog: () => CatalogManager;
  readonly settings?: () => ContextSettings;
}
