#!/usr/bin/env node
// policy-check command-line entry. The code lives in dist/ (built by `npm run build`, run by `npm ci`).
import module from 'node:module';

// Node 22.1+ caches compiled code between runs; older versions start without it.
module.enableCompileCache?.();

const { main, readCapped } = await import('../dist/main.js');

process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const io = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  env: process.env,
  cwd: process.cwd(),
  // up to limit bytes and one more, then no further: an endless stream is not read to its end
  readStdin: (limit) => readCapped(process.stdin, limit),
};

process.exitCode = await main(process.argv.slice(2), io);
