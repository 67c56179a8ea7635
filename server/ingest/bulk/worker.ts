import { parentPort } from 'node:worker_threads';
import { ingestOne } from './ingest-one.ts';
import type { WorkerReply, WorkerRequest } from './types.ts';

/** Worker thread: ingests the files the pool sends, one at a time, and answers each with its outcome. */
if (parentPort) {
  const port = parentPort;
  port.on('message', async (request: WorkerRequest) => {
    const outcome = await ingestOne(request.job, request.summaryOnly);
    const reply: WorkerReply = { index: request.index, outcome };
    port.postMessage(reply);
  });
}
