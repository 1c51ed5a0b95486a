/**
 * Zip packages (Word, Excel) inflated with a cap: each part is inflated as a
 * stream and counted as it comes, so that a zip bomb is stopped at the cap
 * instead of exhausting memory. Sizes the archive declares are not trusted.
 */
import type JSZip from 'jszip';
import { FormatError } from './source.js';

/** JSZip's own stream of a part (the node stream needs JSZip's Node build): data events, pause, resume. */
interface PartStream {
  on(event: 'data', f: (chunk: Uint8Array) => void): PartStream;
  on(event: 'end', f: () => void): PartStream;
  on(event: 'error', f: (e: Error) => void): PartStream;
  pause(): PartStream;
  resume(): PartStream;
}

/** A part inflated as a stream, counted as it comes; past `cap` bytes it stops and rejects with `tooLarge(part name)`. */
function inflate(f: JSZip.JSZipObject, cap: number, tooLarge: (part: string) => Error, keep: boolean): Promise<{ bytes: Uint8Array; size: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stream = (f as unknown as { internalStream(type: 'uint8array'): PartStream }).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        size += chunk.length;
        if (size > cap) {
          stream.pause();
          reject(tooLarge(f.name));
          return;
        }
        if (keep) chunks.push(chunk);
      })
      .on('end', () => resolve({ bytes: keep ? Buffer.concat(chunks, size) : new Uint8Array(0), size }))
      .on('error', reject)
      .resume();
  });
}

/** A part's bytes, inflated under a cap. */
export async function inflateCapped(f: JSZip.JSZipObject, cap: number, tooLarge: (part: string) => Error): Promise<Uint8Array> {
  return (await inflate(f, cap, tooLarge, true)).bytes;
}

/** The size a part inflates to, counted under a cap without keeping the bytes. */
export async function inflatedSize(f: JSZip.JSZipObject, cap: number, tooLarge: (part: string) => Error): Promise<number> {
  return (await inflate(f, cap, tooLarge, false)).size;
}

/** A zip package opened (JSZip loaded only now), and a reader of its parts under a cap. */
export interface Package {
  zip: JSZip;
  /** A part's bytes: past the cap `zip-too-large`; one that does not inflate as its directory records, `damaged(label)`. */
  inflate(f: JSZip.JSZipObject, label?: string): Promise<Uint8Array>;
}

/**
 * Opens a Word or OFD package. JSZip's own words for a file it cannot open or
 * a part that does not inflate to its recorded size or checksum ("Bug : …",
 * its web address) say nothing to an analyst: both are `damaged()`.
 */
export async function openPackage(bytes: Uint8Array, cap: number, damaged: (part?: string) => FormatError): Promise<Package> {
  const { default: JSZipClass } = await import('jszip');
  let zip: JSZip;
  try {
    zip = await JSZipClass.loadAsync(bytes);
  } catch {
    throw damaged();
  }
  const tooLarge = (part: string) => new FormatError('zip-too-large', { part, limit: `${cap / 1024 / 1024} MB` });
  return {
    zip,
    inflate: async (f, label = f.name) => {
      try {
        return await inflateCapped(f, cap, tooLarge);
      } catch (e) {
        if (e instanceof FormatError) throw e;
        throw damaged(label);
      }
    },
  };
}
