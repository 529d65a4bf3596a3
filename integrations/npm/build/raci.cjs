#!/usr/bin/env node
'use strict';
// `raci` from the npm package: `check` and `render` as the native command line has them, with
// the same output and exit codes (the messages come from the same Rust code; a test compares
// them over a corpus), so `npx raci check docs/**/*.md` gates docs CI without a Rust toolchain.
// `convert` is the native command line's only (`cargo install`, or the raci-widget wheel).
const fs = require('node:fs');
const { check, checkBuiltin, render } = require('./index.cjs');

const USAGE =
  'usage: raci check FILE…\n       raci render FILE [--name NAME] [--option KEY=VALUE]… [--prerender CSS_URL]\n' +
  '(FILE: a .json data file, a .md file with tables, a .csv file; - reads stdin; --builtin is the built-in data)\n' +
  '(raci convert: the native command line, see the README)';

/** Rust's words for the usual I/O errors, so both commands print the same line. */
const OS_ERRORS = {
  ENOENT: 'No such file or directory (os error 2)',
  EACCES: 'Permission denied (os error 13)',
  EISDIR: 'Is a directory (os error 21)',
  ENOTDIR: 'Not a directory (os error 20)',
};

class Usage extends Error {}

/** A file's text, or the line the native command prints when it cannot read it. */
function readText(file) {
  let bytes;
  try {
    bytes = fs.readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    return { error: `${file === '-' ? 'stdin' : file}: ${OS_ERRORS[error.code] ?? error.message}` };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { error: `${file === '-' ? 'stdin' : file}: stream did not contain valid UTF-8` };
  }
}

function runCheck(files) {
  let code = 0;
  for (const file of files) {
    let report;
    if (file === '--builtin') report = checkBuiltin();
    else {
      const read = readText(file);
      if (read.error) {
        console.error(read.error);
        code = 1;
        continue;
      }
      report = check(read.text, file);
    }
    for (const line of report.stderr) console.error(line);
    for (const line of report.stdout) console.log(line);
    if (!report.ok) code = 1;
  }
  return code;
}

async function runRender(args) {
  let file;
  let name;
  let stylesheet;
  const options = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const next = (what) => {
      if (i + 1 >= args.length) throw new Usage(what);
      return args[++i];
    };
    if (arg === '--name') name = next('--name needs a name');
    else if (arg === '--prerender') stylesheet = next('--prerender needs the URL of raci-widget.css');
    else if (arg === '--option') {
      const pair = next('--option needs KEY=VALUE');
      const at = pair.indexOf('=');
      options.push(at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)]);
    } else if (file === undefined) file = arg;
    else throw new Usage(`unexpected argument ${JSON.stringify(arg)}`);
  }
  if (file === undefined) throw new Usage('render needs a FILE (or - for stdin)');
  const read = readText(file);
  if (read.error) throw new Usage(read.error);
  name ??= file;
  try {
    const { html, warnings } = await render(read.text, { name, options, stylesheet });
    for (const w of warnings) console.error(`${name}: warning: ${w.text}`);
    process.stdout.write(html);
    return 0;
  } catch (error) {
    if (!error.problems) throw error;
    for (const p of error.problems) console.error(`${name}: ${p.severity}: ${p.text}`);
    return 1;
  }
}

async function main(args) {
  const [cmd, ...rest] = args;
  if (cmd === 'check' && rest.length) return runCheck(rest);
  if (cmd === 'render') return runRender(rest);
  if (cmd === '--help' || cmd === '-h') {
    console.log(USAGE);
    return 0;
  }
  throw new Usage('expected `check FILE…` or `convert FILE --to FORMAT`');
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    if (!(error instanceof Usage)) throw error;
    console.error(`raci: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  },
);
