/**
 * Bytes → text. UTF-8 (with or without BOM) and UTF-16 with BOM are decoded
 * natively; anything that is not valid UTF-8 goes to GB18030 (or Big5 when the
 * detector says so) through iconv-lite, loaded only then.
 */
import type { EncodingName } from '../../model/encodings.js';

export { ENCODINGS, type EncodingName } from '../../model/encodings.js';

export interface Decoded {
  text: string;
  /** The encoding used, e.g. `utf-8`, `utf-8-bom`, `gb18030`, `utf-16le`. */
  encoding: string;
  /** How the encoding was chosen: `bom`, `valid-utf-8`, `damaged-utf-8` (a few invalid bytes, each now U+FFFD), `detected`, `forced`. */
  how: 'bom' | 'valid-utf-8' | 'damaged-utf-8' | 'detected' | 'forced' | 'declared';
}

export class DecodeError extends Error {
  constructor(
    public code: 'empty-file' | 'binary-file' | 'undecodable',
    public params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

const MAGIC: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP/Office', [0x50, 0x4b, 0x03, 0x04]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['OLE (.doc/.xls)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['gzip', [0x1f, 0x8b]],
  ['RAR', [0x52, 0x61, 0x72, 0x21]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['ELF', [0x7f, 0x45, 0x4c, 0x46]],
];

export function sniffBinaryKind(buf: Uint8Array): string | null {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => buf[i] === b)) return name;
  return null;
}

/** Share of characters that look like text (CJK, printable ASCII, punctuation, spaces). */
function textLikeRatio(text: string): number {
  const n = Math.min(text.length, 4096);
  if (!n) return 0;
  let ok = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef)) ok++;
  }
  return ok / n;
}

/** UTF-16 without BOM: NUL bytes present, and one byte order decodes to text. */
function sniffUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (buf.length < 4 || buf.indexOf(0) === -1) return null;
  const sample = buf.subarray(0, Math.min(buf.length - (buf.length % 2), 8192));
  // UTF-16 text has a NUL in every ASCII character (line breaks, digits); one stray NUL is binary damage
  let nuls = 0;
  for (const b of sample) if (b === 0) nuls++;
  if (nuls < Math.max(2, sample.length / 200)) return null;
  for (const enc of ['utf-16le', 'utf-16be'] as const) {
    if (textLikeRatio(decodeUtf16(sample, enc, 0)) >= 0.95) return enc;
  }
  return null;
}

function hasNul(buf: Uint8Array): boolean {
  return buf.indexOf(0) !== -1;
}

function decodeUtf16(buf: Uint8Array, enc: 'utf-16le' | 'utf-16be', skip: number): string {
  if (enc === 'utf-16le') return new TextDecoder('utf-16le').decode(buf.subarray(skip));
  const body = buf.subarray(skip, buf.length - ((buf.length - skip) % 2));
  const swapped = new Uint8Array(body.length);
  // body has an even length, so both bytes of each pair exist
  for (let i = 0; i + 1 < body.length; i += 2) {
    swapped[i] = body[i + 1]!;
    swapped[i + 1] = body[i]!;
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

async function iconvDecode(buf: Uint8Array, enc: string): Promise<string> {
  const iconv = (await import('iconv-lite')).default;
  return iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), enc);
}

/** Legacy Chinese encodings: Big5 when the detector is sure enough, GB18030 otherwise. */
async function detectLegacy(buf: Uint8Array): Promise<string> {
  const jschardet = (await import('jschardet')).default;
  const sample = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.byteLength, 65536));
  const guess = jschardet.detect(sample);
  return guess.encoding === 'Big5' && guess.confidence >= 0.3 ? 'big5' : 'gb18030';
}

function replacementRatio(text: string): number {
  if (!text.length) return 0;
  let bad = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) bad++;
  return bad / text.length;
}

function controlRatio(text: string): number {
  let bad = 0;
  const n = Math.min(text.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) bad++;
  }
  return n ? bad / n : 0;
}

/**
 * Whether a decode gave text. Many replacement characters mean the encoding
 * was wrong; many control characters mean binary data read as a legacy
 * encoding. Valid UTF-8 is text whatever control characters it holds (an ESC
 * is shown safely by the output, not refused here).
 */
function check(text: string, encoding: string, how: Decoded['how']): Decoded {
  if (!/[^\s\u3000\ufeff]/.test(text)) throw new DecodeError('empty-file');
  const validUtf8 = how === 'valid-utf-8' || (how === 'bom' && encoding === 'utf-8-bom');
  if (replacementRatio(text) > 0.05 || (!validUtf8 && controlRatio(text) > 0.05)) throw new DecodeError('undecodable', { encoding });
  return { text, encoding, how };
}

/** Maps a declared charset label (gb2312, GBK, x-gbk, big5-hkscs, utf8 …) to the decoder to use. */
export function normaliseCharset(label: string): EncodingName | null {
  const l = label.trim().toLowerCase().replace(/^x-/, '');
  if (/^utf-?8$/.test(l)) return 'utf-8';
  // GB2312 and GBK pages routinely contain GBK/GB18030 characters: decode them as GB18030.
  if (/^(gb2312|gbk|gb18030|cp936|ms936|euc-cn|hz-gb-2312|chinese|csgb2312|iso-ir-58)$/.test(l)) return 'gb18030';
  if (/^(big5|big5-hkscs|cp950|cn-big5|csbig5)$/.test(l)) return 'big5';
  if (/^utf-?16(le)?$/.test(l)) return 'utf-16le';
  if (/^utf-?16be$/.test(l)) return 'utf-16be';
  return null;
}

/** Made once: a decoder costs more to make than to run on a small file (a folder of reports decodes thousands). */
const UTF8 = new TextDecoder('utf-8');
const UTF8_STRICT = new TextDecoder('utf-8', { fatal: true });

export async function decodeBuffer(buf: Uint8Array, requested: EncodingName = 'auto'): Promise<Decoded> {
  if (buf.length === 0) throw new DecodeError('empty-file');
  if (requested !== 'auto') {
    if (requested === 'utf-8') {
      const skip = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
      return check(UTF8.decode(buf.subarray(skip)), 'utf-8', 'forced');
    }
    if (requested === 'utf-16le' || requested === 'utf-16be') {
      const bom = (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff) ? 2 : 0;
      return check(decodeUtf16(buf, requested, bom), requested, 'forced');
    }
    const enc = requested === 'gbk' || requested === 'gb2312' ? 'gb18030' : requested;
    return check(await iconvDecode(buf, enc), requested, 'forced');
  }
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return check(UTF8.decode(buf.subarray(3)), 'utf-8-bom', 'bom');
  if (buf[0] === 0xff && buf[1] === 0xfe) return check(decodeUtf16(buf, 'utf-16le', 2), 'utf-16le', 'bom');
  if (buf[0] === 0xfe && buf[1] === 0xff) return check(decodeUtf16(buf, 'utf-16be', 2), 'utf-16be', 'bom');
  const kind = sniffBinaryKind(buf);
  if (kind) throw new DecodeError('binary-file', { kind });
  const utf16 = sniffUtf16(buf);
  if (utf16) return check(decodeUtf16(buf, utf16, 0), utf16, 'detected');
  if (hasNul(buf)) throw new DecodeError('binary-file', { kind: 'NUL bytes' });
  try {
    return check(UTF8_STRICT.decode(buf), 'utf-8', 'valid-utf-8');
  } catch (e) {
    if (e instanceof DecodeError) throw e;
  }
  // UTF-8 with a stray byte or two (a file edited with the wrong encoding once) is still UTF-8
  if (isMostlyUtf8(buf)) return check(UTF8.decode(buf), 'utf-8', 'damaged-utf-8');
  const legacy = await detectLegacy(buf);
  return check(await iconvDecode(buf, legacy), legacy, 'detected');
}

/**
 * Whether bytes that are not valid UTF-8 are still UTF-8 text with a few bad
 * bytes, judged by the share of valid sequences rather than by the absence of
 * any error: at least ten valid multi-byte sequences for each run of bad bytes
 * (a stray byte inside a character breaks it into a run of two or three).
 * GB18030 and Big5 text read as UTF-8 give at most two valid sequences per bad
 * run (measured on the seeds and the corpus).
 */
export function isMostlyUtf8(buf: Uint8Array): boolean {
  let valid = 0;
  let badRuns = 0;
  let inBadRun = false;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      inBadRun = false;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= buf.length;
    // ok implies i + len <= buf.length, so buf[i + k] exists
    for (let k = 1; ok && k < len; k++) ok = (buf[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
      inBadRun = false;
    } else {
      if (!inBadRun) badRuns++;
      inBadRun = true;
      i++;
    }
  }
  return valid >= 10 && valid >= 10 * badRuns;
}

/** Whether the bytes are valid UTF-8 containing non-ASCII text (for a hint when GB18030 was forced). */
export function isValidNonAsciiUtf8(buf: Uint8Array): boolean {
  if (!buf.some((b) => b >= 0x80)) return false;
  try {
    UTF8_STRICT.decode(buf);
    return true;
  } catch {
    return false;
  }
}
