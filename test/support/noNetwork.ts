/**
 * Preloaded with `node --require` into processes under test (never imported by tests): any
 * attempt to open a network connection or resolve a host name is written to stderr with the
 * marker NETWORK-ACCESS-ATTEMPTED and fails.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- the real module objects must be patched, not import namespaces */
const net = require('node:net') as typeof import('node:net');
const modules: Record<string, Record<string, unknown>> = {
  tls: require('node:tls'),
  http: require('node:http'),
  https: require('node:https'),
  dns: require('node:dns'),
  'dns.promises': require('node:dns').promises,
  dgram: require('node:dgram'),
};
/* eslint-enable @typescript-eslint/no-require-imports */

const FORBIDDEN: Record<string, string[]> = {
  tls: ['connect'],
  http: ['request', 'get'],
  https: ['request', 'get'],
  dns: ['lookup', 'resolve', 'resolve4', 'resolve6'],
  'dns.promises': ['lookup', 'resolve'],
  dgram: ['createSocket'],
};

function forbid(what: string): never {
  process.stderr.write(`NETWORK-ACCESS-ATTEMPTED: ${what}\n`);
  throw new Error(`network access is forbidden in this test (${what})`);
}

for (const [label, names] of Object.entries(FORBIDDEN)) {
  for (const name of names) {
    modules[label][name] = (...args: unknown[]) =>
      forbid(`${label}.${name}(${JSON.stringify(args[0] ?? '').slice(0, 80)})`);
  }
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(
  this: import('node:net').Socket,
  ...args: unknown[]
) {
  const first = args[0];
  // Local IPC pipes (a path, as `--node-ipc` uses) are not network connections.
  const isPipe =
    typeof first === 'string' || (typeof first === 'object' && first !== null && 'path' in first);
  if (!isPipe) forbid(`net.Socket.connect(${JSON.stringify(first).slice(0, 80)})`);
  return (originalConnect as (...a: unknown[]) => import('node:net').Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
if (typeof globalThis.fetch === 'function') globalThis.fetch = () => forbid('fetch');
