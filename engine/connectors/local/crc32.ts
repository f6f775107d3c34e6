/** CRC-32 (IEEE) of a byte range: zlib's native one when Node has it, else a table-driven one. */
import * as zlib from 'node:zlib';

const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

function crc32Js(b: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < b.length; i++) c = TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const native = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;

export function crc32(b: Uint8Array): number {
  return native ? native(b) >>> 0 : crc32Js(b);
}

export { crc32Js };
