// A change-stream consumer built on the npm `eventsource` package (pinned in package-lock.json), steered by
// ChangeStreamClientsIT: node change-stream.mjs <streamUrl> <cutAfter> <eventNames,comma-separated>
//
// It prints one JSON line per thing that happens: {"type":"connect"} for every request the library makes (with
// the Last-Event-ID header it sent), {"type":"event"} per event received, {"type":"cut"} when it has cut the
// connection after <cutAfter> events. The cut closes the response body under the library, as a dropped
// connection would, so the reconnection (and its Last-Event-ID) is the library's own; that reconnection is held
// until the test writes "resume" on stdin, so the test can make changes while the consumer is away.
// "stop" closes the stream and exits.
import { EventSource } from 'eventsource';
import readline from 'node:readline';

const [url, cutAfterArg, namesArg] = process.argv.slice(2);
const cutAfter = Number(cutAfterArg);
const names = namesArg.split(',');
const emit = (line) => process.stdout.write(JSON.stringify(line) + '\n');

let connections = 0;
let received = 0;
let cut = null;
let resume;
const resumed = new Promise((resolve) => { resume = resolve; });

async function cuttableFetch(input, init) {
  const connection = ++connections;
  const lastEventId = init?.headers?.['Last-Event-ID'] ?? null;
  emit({ type: 'connect', connection, lastEventId });
  if (connection > 1) {
    await resumed;
  }
  const response = await fetch(input, init);
  emit({ type: 'open', connection, status: response.status, contentType: response.headers.get('content-type') });
  if (!response.body || connection > 1) {
    return response;
  }
  // the first connection's body passes through a stream this script can end, like a dropped connection
  const upstream = response.body.getReader();
  let closed = false;
  const body = new ReadableStream({
    start(controller) {
      cut = () => {
        if (!closed) {
          closed = true;
          controller.close();
          upstream.cancel().catch(() => {});
        }
      };
    },
    async pull(controller) {
      try {
        const { done, value } = await upstream.read();
        if (closed) {
          return;
        }
        if (done) {
          closed = true;
          controller.close();
        } else {
          controller.enqueue(value);
        }
      } catch (e) {
        if (!closed) {
          closed = true;
          controller.error(e);
        }
      }
    },
    cancel(reason) {
      closed = true;
      return upstream.cancel(reason);
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

const source = new EventSource(url, { fetch: cuttableFetch });
const onEvent = (e) => {
  received++;
  emit({ type: 'event', connection: connections, event: e.type, id: e.lastEventId, data: JSON.parse(e.data) });
  if (received === cutAfter && cut) {
    cut();
    emit({ type: 'cut', after: received, lastEventId: e.lastEventId });
  }
};
for (const name of names) {
  source.addEventListener(name, onEvent);
}
source.addEventListener('cutoff', (e) => emit({ type: 'cutoff', id: e.lastEventId, data: e.data }));
source.addEventListener('message', (e) => emit({ type: 'unexpected', data: e.data }));
source.addEventListener('error', (e) => emit({ type: 'error', code: e.code ?? null, message: e.message ?? null }));

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'resume') {
    resume();
  } else if (line === 'stop') {
    source.close();
    emit({ type: 'stopped', received });
    process.exit(0);
  }
});
