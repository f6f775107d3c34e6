/**
 * Which partition a record goes to, as Kafka's default partitioner decides: keyed records by
 * murmur2 of the key bytes (positive, modulo the partition count), so a key always lands in
 * the same partition; records without a key round-robin.
 */

/** Kafka's murmur2 (org.apache.kafka.common.utils.Utils.murmur2), as a signed 32-bit int. */
export function murmur2(data: Uint8Array): number {
  const length = data.length;
  const m = 0x5bd1e995;
  let h = 0x9747b28c ^ length;
  const length4 = length >> 2;
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4;
    let k = data[i4] | (data[i4 + 1] << 8) | (data[i4 + 2] << 16) | (data[i4 + 3] << 24);
    k = Math.imul(k, m);
    k ^= k >>> 24;
    k = Math.imul(k, m);
    h = Math.imul(h, m);
    h ^= k;
  }
  const tail = length & ~3;
  const rest = length % 4;
  if (rest === 3) h ^= data[tail + 2] << 16;
  if (rest >= 2) h ^= data[tail + 1] << 8;
  if (rest >= 1) {
    h ^= data[tail];
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

export class Partitioner {
  private next = 0;
  constructor(readonly partitions: number) {}

  partitionOf(key: Uint8Array | null): number {
    if (key === null) {
      const p = this.next;
      this.next = (this.next + 1) % this.partitions;
      return p;
    }
    return (murmur2(key) & 0x7fffffff) % this.partitions;
  }
}
