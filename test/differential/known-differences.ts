/**
 * test/differential/known-differences.json: the cases where Tideline differs from Flink today,
 * each with the exact observed difference and a one-line reason. The differential test checks
 * that such a case still differs in exactly that way, so a fix makes it fail until its entry
 * is removed: a known difference never passes silently.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../infra/kafka';
import type { Difference } from './compare';

export interface KnownDifference {
  readonly reason: string;
  readonly difference: Difference;
}

export const knownDifferencesPath = (): string => join(repoRoot(), 'test/differential/known-differences.json');

export function loadKnownDifferences(): Record<string, KnownDifference> {
  return JSON.parse(readFileSync(knownDifferencesPath(), 'utf8')) as Record<string, KnownDifference>;
}
