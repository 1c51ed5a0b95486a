/**
 * Colour decision, made here because chalk ignores NO_COLOR: --color /
 * --no-color win, then NO_COLOR (any non-empty value) turns colour off, then
 * FORCE_COLOR turns it on, else colour only when the stream is a terminal.
 */
import type { OutStream } from './io.js';
import { NO_PAINT, type Paint } from '../export/paint.js';

export { NO_PAINT, type Paint };

export function colorEnabled(option: boolean | undefined, env: Record<string, string | undefined>, stream: OutStream): boolean {
  if (option !== undefined) return option;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

/** Loads chalk only when colour is on. */
export async function paintFor(enabled: boolean): Promise<Paint> {
  if (!enabled) return NO_PAINT;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return { enabled, bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan };
}
