/**
 * Colour decision, made here because chalk ignores NO_COLOR: --color /
 * --no-color win, then NO_COLOR (any non-empty value) turns colour off, then
 * FORCE_COLOR turns it on, else colour only when the stream is a terminal.
 */
import type { OutStream } from './io.js';

export interface Paint {
  enabled: boolean;
  bold: (s: string) => string;
  dim: (s: string) => string;
  red: (s: string) => string;
  yellow: (s: string) => string;
  green: (s: string) => string;
  cyan: (s: string) => string;
}

export function colorEnabled(option: boolean | undefined, env: Record<string, string | undefined>, stream: OutStream): boolean {
  if (option !== undefined) return option;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

const id = (s: string) => s;
export const NO_PAINT: Paint = { enabled: false, bold: id, dim: id, red: id, yellow: id, green: id, cyan: id };

/** Loads chalk only when colour is on. */
export async function paintFor(enabled: boolean): Promise<Paint> {
  if (!enabled) return NO_PAINT;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: 1 });
  return { enabled, bold: c.bold, dim: c.dim, red: c.red, yellow: c.yellow, green: c.green, cyan: c.cyan };
}
