/**
 * A checkpoint: every operator's state (encoded by state/codec.ts) by node id, and per source
 * the position of each split (an ended split's final one too), the splits that ended, and each
 * split's watermark. Plain JSON:
 * write it with JSON.stringify, read it with JSON.parse.
 */
import type { SplitPosition } from '../../connectors/api';
import type { Json } from '../state/codec';

export interface Checkpoint {
  readonly version: 1;
  readonly operators: Record<string, Json>;
  readonly sources: Record<
    string,
    {
      readonly positions: Record<string, SplitPosition>;
      readonly ended: string[];
      readonly watermarks: Record<string, number>;
    }
  >;
}
