// A partner's webhook endpoint on loopback that verifies every delivery with the npm `standardwebhooks` package
// (pinned in package-lock.json), steered by WebhookClientsIT: node webhook-receiver.mjs
//
// Prints {"type":"listening","port"} first. "secret <whsec_...>" on stdin gives it the subscription's secret
// (until then deliveries are answered 503, which the service retries). Each delivery is verified with
// new Webhook(secret).verify(body, headers), printed as {"type":"delivery"} and answered 204 if it verifies, 400
// if not. "forgeries" takes the last verified delivery and prints {"type":"forgery"} for it as received, with a
// tampered body, and with an old timestamp correctly signed by this script (so only the age is wrong).
// "stop" closes the server and exits.
import http from 'node:http';
import { createHmac } from 'node:crypto';
import readline from 'node:readline';
import { Webhook } from 'standardwebhooks';

const emit = (line) => process.stdout.write(JSON.stringify(line) + '\n');
let secret = null;
let last = null;

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = {
      'webhook-id': req.headers['webhook-id'],
      'webhook-timestamp': req.headers['webhook-timestamp'],
      'webhook-signature': req.headers['webhook-signature'],
    };
    if (secret === null) {
      emit({ type: 'early', id: headers['webhook-id'] });
      res.writeHead(503).end();
      return;
    }
    try {
      const payload = new Webhook(secret).verify(body, headers);
      last = { body, headers };
      emit({ type: 'delivery', verified: true, id: headers['webhook-id'], timestamp: headers['webhook-timestamp'],
        contentType: req.headers['content-type'], payload });
      res.writeHead(204).end();
    } catch (e) {
      emit({ type: 'delivery', verified: false, id: headers['webhook-id'], error: `${e.name}: ${e.message}`, body });
      res.writeHead(400).end();
    }
  });
});
server.listen(0, '127.0.0.1', () => emit({ type: 'listening', port: server.address().port }));

/** The signature as the specification defines it, computed here to forge a delivery whose only fault is its age. */
function sign(id, timestamp, body) {
  const key = Buffer.from(secret.substring('whsec_'.length), 'base64');
  return 'v1,' + createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
}

function attempt(name, body, headers) {
  try {
    new Webhook(secret).verify(body, headers);
    emit({ type: 'forgery', name, accepted: true });
  } catch (e) {
    emit({ type: 'forgery', name, accepted: false, error: `${e.name}: ${e.message}` });
  }
}

function forgeries() {
  const { body, headers } = last;
  attempt('as received', body, headers);
  // one digit of the record's version changed: a plausible body, signed for another
  const tampered = body.replace(/"version":(\d+)/, (_, v) => `"version":${Number(v) + 1}`);
  emit({ type: 'tampering', changed: tampered !== body });
  attempt('tampered body', tampered, headers);
  // our own signature must equal the service's for the delivery as received, else the forged one proves nothing
  emit({ type: 'own-signature', matches: headers['webhook-signature'].split(' ').includes(
    sign(headers['webhook-id'], headers['webhook-timestamp'], body)) });
  const old = Math.floor(Date.now() / 1000) - 600; // the library tolerates 5 minutes
  attempt('old timestamp, correctly signed', body,
    { ...headers, 'webhook-timestamp': String(old), 'webhook-signature': sign(headers['webhook-id'], old, body) });
  attempt('timestamp changed, signature as received', body, { ...headers, 'webhook-timestamp': String(Number(headers['webhook-timestamp']) - 1) });
}

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, argument] = line.split(' ');
  if (command === 'secret') {
    secret = argument;
    emit({ type: 'ready' });
  } else if (command === 'forgeries') {
    forgeries();
    emit({ type: 'forgeries-done' });
  } else if (command === 'stop') {
    server.close();
    emit({ type: 'stopped' });
    process.exit(0);
  }
});
