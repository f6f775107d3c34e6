/**
 * Event-time temporal join `probe JOIN versioned FOR SYSTEM_TIME AS OF probe.rowtime ON key`
 * (Flink's TemporalRowTimeJoinOperator). Input 0 is the append-only probe side; input 1 is the
 * versioned table's changelog (primary key = join key, with its own rowtime): +I/+U add a
 * version valid from its time, -D ends the row at its time, -U is ignored. Probe rows wait
 * until the watermark (minimum of both inputs) reaches their time and are then joined, in time
 * order, with the version valid at that time: +I(probe ++ version); INNER drops rows without a
 * version, LEFT pads them with NULLs. Versions superseded before the watermark are dropped.
 */
import type { Value } from '../../types/values';
import { RowKind, type Row } from '../changelog';
import { keySelector, type StateKey } from '../row/key';
import { KeyedState, type KeyedSnapshot } from '../state/keyed-state';
import { BaseOperator, kindAt, MIN_WATERMARK } from './operator';

export interface TemporalJoinSpec {
  readonly type: 'INNER' | 'LEFT';
  readonly leftKeys: readonly number[];
  readonly rightKeys: readonly number[];
  readonly leftTime: number;
  readonly rightTime: number;
  readonly rightArity: number;
}

interface Version {
  time: number;
  /** null: the key was deleted at `time`. */
  row: Row | null;
}

interface KeyState {
  probes: Row[];
  /** Sorted by time; equal times keep arrival order (the later one wins). */
  versions: Version[];
}

export class TemporalJoinOperator extends BaseOperator {
  readonly name: string;
  private readonly state = new KeyedState<KeyState>();
  private pending = new Set<StateKey>();
  /** Keys whose versions may still be superseded as the watermark advances. */
  private dirty = new Set<StateKey>();
  private watermark = MIN_WATERMARK;
  private readonly keyOf: [(r: Row) => StateKey, (r: Row) => StateKey];
  private readonly nulls: Value[];

  constructor(private readonly spec: TemporalJoinSpec) {
    super();
    this.name = `TemporalJoin(${spec.type})`;
    this.keyOf = [keySelector(spec.leftKeys), keySelector(spec.rightKeys)];
    this.nulls = new Array<Value>(spec.rightArity).fill(null);
  }

  private entry(key: StateKey): KeyState {
    let s = this.state.get(key);
    if (s === undefined) this.state.set(key, (s = { probes: [], versions: [] }));
    return s;
  }

  processBatch(input: number, kinds: readonly RowKind[] | undefined, rows: readonly Row[]): void {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const key = this.keyOf[input]!(row);
      if (input === 0) {
        if (typeof row[this.spec.leftTime] !== 'number') continue;
        this.entry(key).probes.push(row);
        this.pending.add(key);
        continue;
      }
      const kind = kindAt(kinds, i);
      if (kind === RowKind.UpdateBefore) continue;
      const time = row[this.spec.rightTime];
      if (typeof time !== 'number') continue;
      const versions = this.entry(key).versions;
      let at = versions.length;
      while (at > 0 && versions[at - 1]!.time > time) at--;
      versions.splice(at, 0, { time, row: kind === RowKind.Delete ? null : row });
      this.dirty.add(key);
    }
  }

  override processWatermark(wm: number): void {
    if (wm <= this.watermark) return;
    this.watermark = wm;
    const tc = this.spec.leftTime;
    for (const key of [...this.pending]) {
      const s = this.state.get(key)!;
      const due = s.probes.filter((r) => (r[tc] as number) <= wm).sort((a, b) => (a[tc] as number) - (b[tc] as number));
      if (due.length === 0) continue;
      s.probes = s.probes.filter((r) => (r[tc] as number) > wm);
      if (s.probes.length === 0) this.pending.delete(key);
      for (const probe of due) {
        const v = versionAt(s.versions, probe[tc] as number);
        if (v !== null) this.out.emit(RowKind.Insert, [...probe, ...v]);
        else if (this.spec.type === 'LEFT') this.out.emit(RowKind.Insert, [...probe, ...this.nulls]);
      }
    }
    // Versions before the one valid at the watermark can never be asked for again.
    for (const key of [...this.dirty]) {
      const s = this.state.get(key);
      if (s === undefined) {
        this.dirty.delete(key);
        continue;
      }
      let keepFrom = 0;
      for (let i = 0; i < s.versions.length && s.versions[i]!.time <= wm; i++) keepFrom = i;
      if (keepFrom > 0) s.versions.splice(0, keepFrom);
      if (s.versions.every((v) => v.time <= wm)) this.dirty.delete(key);
      if (s.probes.length === 0 && (s.versions.length === 0 || (s.versions.length === 1 && s.versions[0]!.row === null && s.versions[0]!.time <= wm))) {
        this.state.delete(key);
      }
    }
  }

  /** Keys held in state (metrics). */
  stateSize(): number {
    return this.state.size;
  }

  override snapshotState(): unknown {
    return { watermark: this.watermark, keys: this.state.snapshot(), pending: this.pending, dirty: this.dirty };
  }

  override restoreState(s: unknown): void {
    const st = s as { watermark: number; keys: KeyedSnapshot<KeyState>; pending: Set<StateKey>; dirty: Set<StateKey> };
    this.dirty = st.dirty;
    this.watermark = st.watermark;
    this.state.restore(st.keys);
    this.pending = st.pending;
  }
}

/** The row of the last version at or before `time`, or null (none, or deleted). */
function versionAt(versions: readonly Version[], time: number): Row | null {
  for (let i = versions.length - 1; i >= 0; i--) if (versions[i]!.time <= time) return versions[i]!.row;
  return null;
}
