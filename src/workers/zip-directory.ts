/**
 * The central directory of a zip (.docx and .xlsx are zips), read before anything is
 * inflated: how many entries, what each says it inflates to, and where its data lies. The
 * entry count and the declared sizes are checked here, so a zip bomb that says what it is
 * is refused without inflating a byte; one that lies about its sizes is caught while
 * inflating (zip-inflate.ts). Pure, over the bytes already in memory. Zip64, encryption and
 * methods other than stored and deflate are refused: no office program writes them into a
 * document of a few megabytes.
 */
import { fileTooComplex, zipBomb, zipUnreadable } from './file-errors.js';
import type { ZipLimits } from './file-limits.js';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: 0 | 8;
  compressedSize: number;
  /** The size it declares once inflated. */
  size: number;
  /** Offset of its local header. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

export const isZip = (data: Uint8Array): boolean =>
  data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;

const view = (data: Uint8Array) => new DataView(data.buffer, data.byteOffset, data.byteLength);

const findEndOfDirectory = (data: Uint8Array, dv: DataView): number => {
  const last = data.length - EOCD_MIN;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at -= 1) {
    if (dv.getUint32(at, true) === EOCD) return at;
  }
  throw zipUnreadable();
};

/** The entries of the zip, once their count and declared sizes are within the limits. */
export const readZipDirectory = (data: Uint8Array, limits: ZipLimits): ZipEntry[] => {
  if (data.length < EOCD_MIN) throw zipUnreadable();
  const dv = view(data);
  const end = findEndOfDirectory(data, dv);
  const count = dv.getUint16(end + 10, true);
  const directorySize = dv.getUint32(end + 12, true);
  const directoryOffset = dv.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) throw zipUnreadable(); // zip64
  if (count > limits.maxEntries) {
    throw fileTooComplex({
      vi: `tệp nén có ${count} mục (tối đa ${limits.maxEntries})`,
      en: `the zip holds ${count} entries (at most ${limits.maxEntries})`,
    });
  }
  if (directoryOffset + directorySize > end) throw zipUnreadable();
  const entries: ZipEntry[] = [];
  let declared = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || dv.getUint32(at, true) !== CENTRAL) throw zipUnreadable();
    const flags = dv.getUint16(at + 8, true);
    const method = dv.getUint16(at + 10, true);
    const compressedSize = dv.getUint32(at + 20, true);
    const size = dv.getUint32(at + 24, true);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const localOffset = dv.getUint32(at + 42, true);
    if (flags & 0x1 || (method !== 0 && method !== 8)) throw zipUnreadable();
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) throw zipUnreadable();
    declared += size;
    if (declared > limits.maxInflatedBytes) throw zipBomb(limits.maxInflatedBytes);
    const name = new TextDecoder().decode(data.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, method, compressedSize, size, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
};

/** The compressed bytes of an entry, found through its local header. */
export const entryData = (data: Uint8Array, entry: ZipEntry): Uint8Array => {
  const dv = view(data);
  const at = entry.localOffset;
  if (at + 30 > data.length || dv.getUint32(at, true) !== LOCAL) throw zipUnreadable();
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  if (start + entry.compressedSize > data.length) throw zipUnreadable();
  return data.subarray(start, start + entry.compressedSize);
};
