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

/**
 * Before a large notice is parsed: V8 keeps its young generation small and grows its old generation by a fifth
 * rather than by up to four times what is live. By default the young generation's two halves grow to 16 MB each as
 * the parse's records survive, and the old generation's limit is set well above its live size: together about 45 MB
 * of a 10 MB notice's peak, for some 10 % more time. The flags stay for the rest of the process.
 */
export function tightenHeap(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=20');
}
