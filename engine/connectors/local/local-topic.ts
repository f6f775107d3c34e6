/**
 * A local topic: a folder under the state directory (`<state>/topics/<name>/`) holding
 * `topic.json` (the partition count, fixed at creation) and one `partition-<n>.log` per
 * partition. Topics are shared per process, so a sink and a source on the same table see the
 * same logs and a reader sees appends at once.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PartitionLog } from './partition-log';

export class LocalTopic {
  readonly logs: readonly PartitionLog[];
  constructor(
    readonly dir: string,
    readonly partitions: number,
  ) {
    this.logs = Array.from({ length: partitions }, (_, i) => new PartitionLog(join(dir, `partition-${i}.log`)));
  }
  flush(): void {
    for (const l of this.logs) l.flush();
  }
  close(): void {
    for (const l of this.logs) l.close();
  }
}

const OPEN = new Map<string, LocalTopic>();

/** A file-system-safe folder name for a table name (`local.db.orders` -> `local.db.orders`). */
export function topicFolderName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

/**
 * Opens (creating when missing) the topic `name` under `stateDir`. `partitions` applies on
 * creation; an existing topic keeps its count.
 */
export function openTopic(stateDir: string, name: string, partitions: number): LocalTopic {
  const dir = topicDir(stateDir, name);
  const open = OPEN.get(dir);
  if (open) return open;
  mkdirSync(dir, { recursive: true });
  const meta = join(dir, 'topic.json');
  let count = partitions;
  if (existsSync(meta)) count = (JSON.parse(readFileSync(meta, 'utf8')) as { partitions: number }).partitions;
  else {
    // written whole or not at all: a crash never leaves a half-written topic.json
    writeFileSync(meta + '.tmp', JSON.stringify({ partitions }) + '\n');
    renameSync(meta + '.tmp', meta);
  }
  const topic = new LocalTopic(dir, count);
  OPEN.set(dir, topic);
  return topic;
}

function topicDir(stateDir: string, name: string): string {
  return join(stateDir, 'topics', topicFolderName(name));
}

export interface TopicDescription {
  readonly partitions: number;
  /** Next offset (= record count) per partition. */
  readonly endOffsets: readonly number[];
  readonly bytes: number;
}

/** Partition count, end offsets and size of an existing topic; undefined when there is none. */
export function describeTopic(stateDir: string, name: string): TopicDescription | undefined {
  if (!existsSync(join(topicDir(stateDir, name), 'topic.json'))) return undefined;
  const t = openTopic(stateDir, name, 1);
  return {
    partitions: t.partitions,
    endOffsets: t.logs.map((l) => l.nextOffset),
    bytes: t.logs.reduce((a, l) => a + l.sizeBytes, 0),
  };
}

/** Deletes a topic and its data (DROP TABLE of a local table); false when there was none. */
export function deleteTopic(stateDir: string, name: string): boolean {
  const dir = topicDir(stateDir, name);
  const open = OPEN.get(dir);
  if (open) {
    open.close();
    OPEN.delete(dir);
  }
  if (!existsSync(dir)) return false;
  rmSync(dir, { recursive: true, force: true });
  return true;
}

/** Closes every open topic of the process (tests use it to simulate a restart). */
export function closeAllTopics(): void {
  for (const t of OPEN.values()) t.close();
  OPEN.clear();
}
