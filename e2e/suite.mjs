// Shared set-up of the e2e suites: where the builds are, and one server plus one Chromium per
// test file.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';

export const DIST = new URL('../dist/', import.meta.url).pathname;
export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const ROOT = new URL('../', import.meta.url).pathname;

/** Runs the raci CLI (the debug build ./test's native tests made, else cargo run) with `input` on stdin. */
export function raci(args, input = '') {
  const bin = `${ROOT}target/debug/raci`;
  const options = { encoding: 'utf8', input };
  return existsSync(bin)
    ? execFileSync(bin, args, options)
    : execFileSync('cargo', ['run', '-q', '--offline', '-p', 'raci-cli', '--', ...args], { ...options, cwd: ROOT });
}
/** The strict Content-Security-Policy the CSP suites serve (no inline styles, no eval). */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'";

/**
 * Registers before/after hooks that serve `mounts` (with serve.mjs' `options`) and launch Chromium; the
 * returned object's `server` and `browser` are set once the hooks have run.
 */
export function useServerAndBrowser(mounts, options = {}) {
  const suite = {};
  before(async () => {
    assert.ok(existsSync(`${DIST}/raci-widget.js`), 'dist/ is missing: run scripts/build-release first');
    suite.server = await serve(mounts, options);
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
