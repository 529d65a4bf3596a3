// render() of raci-widget/build, for hosts that render Markdown synchronously (markdown-it, and
// so VitePress): the reader and prerenderer run in a worker thread, where render() is the
// Promise it always is, and this thread waits for its answer. The same render, the same HTML,
// the same RaciError (its message, source and problems); only the waiting differs.
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';

let worker = null;
let answers = null;
// A render takes milliseconds; this only bounds a worker that failed to start.
const TIMEOUT_MS = 60_000;

function start() {
  const { port1, port2 } = new MessageChannel();
  worker = new Worker(new URL('./render-worker.js', import.meta.url), {
    workerData: { answers: port2 },
    transferList: [port2],
    // Not the build's own flags: `node --input-type=module -` would make the worker read stdin.
    execArgv: [],
  });
  // The build's process ends when its work does, with the worker idle.
  worker.unref();
  answers = port1;
  answers.unref();
}

/** `render(text, options)` of raci-widget/build, waited for: `{ html, warnings }`, or throws its RaciError. */
export function renderSync(text, options = {}) {
  if (!worker) start();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  worker.postMessage({ signal, text: String(text), options });
  Atomics.wait(signal, 0, 0, TIMEOUT_MS);
  const answer = receiveMessageOnPort(answers)?.message;
  if (!answer) {
    worker.terminate();
    worker = null;
    throw new Error(`raci-widget: the build-time renderer did not answer in ${TIMEOUT_MS / 1000} s`);
  }
  if (answer.rendered) return answer.rendered;
  const error = new Error(answer.message);
  if (answer.problems) Object.assign(error, { name: 'RaciError', source: answer.source, problems: answer.problems });
  throw error;
}
