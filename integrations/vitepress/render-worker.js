// The worker thread of render-sync.js: raci-widget/build's render(), answered on the port it
// was given, then the waiting thread woken.
import { parentPort, workerData } from 'node:worker_threads';

parentPort.on('message', async ({ signal, text, options }) => {
  let answer;
  try {
    // Imported here, so that a module that fails to load is an answer, not a silent worker.
    const { render } = await import('../build/index.mjs');
    answer = { rendered: await render(text, options) };
  } catch (error) {
    answer = { message: String(error?.message ?? error), source: error?.source, problems: error?.problems };
  }
  workerData.answers.postMessage(answer);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
