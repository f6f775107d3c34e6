import type { SourceBatch, SplitPosition, SplitReader } from '../api';
import type { FileReader } from './file-reader';
import { listFiles } from './list-files';

/**
 * Reads every file under the path, then every file that appears later: the folder is listed
 * again once per monitor interval while there is nothing to read (polls in between are idle).
 * Position: the files done, and the file in progress with the records read from it.
 */
export class MonitoringReader implements SplitReader {
  private readonly done = new Set<string>();
  private queue: string[] = [];
  private current: { file: string; reader: FileReader } | undefined;
  private lastScan = -Infinity;

  constructor(
    private readonly path: string,
    private readonly intervalMs: number,
    private readonly clock: () => number,
    private readonly openFile: (file: string, skip: number) => FileReader,
    from: SplitPosition | undefined,
  ) {
    if (from !== null && typeof from === 'object' && !Array.isArray(from)) {
      for (const f of (from.done as string[] | undefined) ?? []) this.done.add(f);
      if (typeof from.file === 'string') this.current = { file: from.file, reader: openFile(from.file, Number(from.consumed ?? 0)) };
    }
  }

  poll(max: number): SourceBatch {
    for (;;) {
      if (this.current) {
        const b = this.current.reader.poll(max);
        if (b.end) {
          this.done.add(this.current.file);
          this.current = undefined;
        }
        if (b.rows.length > 0 || (b.errors?.length ?? 0) > 0) return { ...b, end: false };
        continue;
      }
      if (this.queue.length === 0) {
        const now = this.clock();
        if (now - this.lastScan < this.intervalMs) return { rows: [], end: false, idle: true };
        this.lastScan = now;
        this.queue = listFiles(this.path).filter((f) => !this.done.has(f));
        if (this.queue.length === 0) return { rows: [], end: false, idle: true };
      }
      const file = this.queue.shift()!;
      this.current = { file, reader: this.openFile(file, 0) };
    }
  }

  position(): SplitPosition {
    return {
      done: [...this.done],
      file: this.current?.file ?? null,
      consumed: this.current ? (this.current.reader.position() as number) : 0,
    };
  }

  close(): void {
    this.current?.reader.close();
  }
}
