/** Which reader a notice needs: by extension, else by its first bytes (stdin, unknown extensions). */
import { extname } from 'node:path';
import type { InputFormat } from './source.js';
import { allMatches } from '../lexicon/regex.js';

export const INPUT_FORMATS = ['text', 'markdown', 'html', 'docx', 'doc', 'pdf', 'ofd'] as const;

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.mkd': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.docx': 'docx',
  '.docm': 'docx',
  '.doc': 'doc',
  '.wps': 'doc',
  '.pdf': 'pdf',
  '.ofd': 'ofd',
};

/** A PDF starts with %PDF- (after at most a few bytes of junk, which readers allow). */
function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');
}

/** A zip package holding OFD.xml at its root (its local headers name it) and no Word part: an OFD document. */
function isOfdPackage(bytes: Uint8Array): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return b.includes('OFD.xml', 0, 'latin1') && !b.includes('word/', 0, 'latin1');
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** Sniffs the format from the bytes: a zip package is Word (.docx), an OLE compound file legacy Word (.doc, .wps), markup is HTML, Markdown syntax is Markdown. */
export function sniffFormat(bytes: Uint8Array): InputFormat {
  if (isPdf(bytes)) return 'pdf';
  if (isZip(bytes)) return isOfdPackage(bytes) ? 'ofd' : 'docx';
  if (isOle(bytes)) return 'doc';
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1').replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '');
  if (/^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<meta\s)/i.test(head) || /<(body|p|div|table)[\s>][\s\S]*<\/(p|div|td|body)>/i.test(head)) return 'html';
  if (/^#{1,6}\s+\S/m.test(head) || /^\s*\|?\s*:?-{3,}:?\s*\|/m.test(head)) return 'markdown';
  return 'text';
}

const ZIP_OR_OLE = (b: Uint8Array) => (b[0] === 0x50 && b[1] === 0x4b) || (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0);

/** RTF ({\rtf1 …) is neither text nor Word's XML: refused with a clear line rather than read as garbage. */
export function isRtf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 6)).toString('latin1') === '{\\rtf1';
}

export function detectFormat(path: string, bytes: Uint8Array): InputFormat {
  const ext = extname(path).toLowerCase();
  // government sites often serve HTML or plain text under a .doc name;
  // a .doc or .docx name on something that is no Word package at all (text, HTML, a PDF): read what it is
  // a Word name says Word; which Word (a .docx package saved as .doc, a .doc saved as .docx) the bytes say
  if (ext === '.doc' || ext === '.docx' || ext === '.docm' || ext === '.wps') return ZIP_OR_OLE(bytes) ? (isOle(bytes) ? 'doc' : 'docx') : sniffFormat(bytes);
  // an .ofd name on something that is no zip package: read what it is
  if (ext === '.ofd' && !isZip(bytes)) return sniffFormat(bytes);
  // a .pdf name on something else (an HTML error page saved as .pdf), or a PDF under another name: read what it is
  if (ext === '.pdf' && !isPdf(bytes)) return sniffFormat(bytes);
  // a page's source saved as text (a crawler's .txt, markup held in a script's strings): read as the page it is
  if (BY_EXTENSION[ext] === 'text' && markupHeavy(bytes)) return 'html';
  return BY_EXTENSION[ext] ?? sniffFormat(bytes);
}

/** Paragraph and cell tags of a page: text holding many of them is a page's source, not a text with a tag quoted in it. */
const BLOCK_TAG = /<(?:p|div|td|tr|li|br|h[1-6])(?:\s[^<>]*)?\/?>/i;
/** Fewest paragraph or cell tags in a page's source. */
const MARKUP_TAGS_MIN = 20;
/** How much of a file shows whether it is a page's source. */
const MARKUP_SAMPLE_BYTES = 64 * 1024;
/** Within how many lines from the top a page's source shows its first tag at a line's start (a script's few lines may come first). */
const FIRST_TAG_LINE_MAX = 12;

/**
 * Whether a text file is a page's source: it opens as a page (<!DOCTYPE html>, <html>), or, among its first lines
 * already, most of its lines start with a tag and it holds many paragraph or cell tags. A Markdown table with <br> in its
 * cells, a text ending <br> lines, or a notice that quotes a page's template in its attachment is none.
 */
function markupHeavy(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, MARKUP_SAMPLE_BYTES)).toString('latin1');
  if (/^\s*(?:<!doctype\s+html|<html[\s>])/i.test(text)) return true;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const tagged = lines.map((l) => l.startsWith('<'));
  const first = tagged.indexOf(true);
  if (first < 0 || first >= FIRST_TAG_LINE_MAX) return false;
  return tagged.filter(Boolean).length * 2 >= lines.length && allMatches(BLOCK_TAG, text).length >= MARKUP_TAGS_MIN;
}
