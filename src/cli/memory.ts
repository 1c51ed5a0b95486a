/**
 * Memory at the edge: after a large notice is parsed, its intermediate records
 * (lines, paragraphs, items: several times the notice) are garbage, but V8
 * collects its old generation only when it has grown well past what is live,
 * so the output would be built on top of them. One full collection there lets
 * them go (about 40 ms for a 10 MB notice). Node exposes `gc` only to a context
 * made after `--expose-gc` is set, hence the new context.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Notices of at least this many bytes are worth a collection; smaller ones leave little behind. */
export const COLLECT_AFTER_BYTES = 4 * 1024 * 1024;

let collect: (() => void) | null = null;

/** Runs a full garbage collection. */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
