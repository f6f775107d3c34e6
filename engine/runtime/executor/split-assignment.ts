/**
 * Which source subtask reads which split at a parallelism: round-robin over the source's
 * splits in the order the source lists them (Kafka and local topics list partitions in
 * ascending order, so partition i goes to subtask i % p). Flink's KafkaSource starts the round
 * at a topic-hash offset; with one topic per source that only rotates the subtask numbers.
 * The executor polls every subtask's splits on its own thread, so a rescale only moves splits
 * between subtasks: readers and their positions stay as they are (nothing is read twice or
 * skipped).
 */
export function splitOwner(index: number, parallelism: number): number {
  return index % Math.max(1, parallelism);
}
