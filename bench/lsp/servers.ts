/** The language servers the benchmark drives: ours (the built bundle) and yaml-language-server. */
import * as path from 'node:path';
import { REPO_ROOT, type Peer } from '../peers/install';
import { uriOf, type ServerCommand } from './driver';

const SCHEMAS = path.join(REPO_ROOT, 'schemas');

/** Our server, `dist/server.js --stdio`, validating after `delay` ms (0: no debounce). */
export function ourServer(delay: number): ServerCommand {
  const settings = { validation: { delay } };
  return {
    name: 'outsourcing-policy',
    command: process.execPath,
    args: [path.join(REPO_ROOT, 'dist', 'server.js'), '--stdio'],
    settings: { outsourcingPolicy: settings },
    initializationOptions: { settings, today: '2026-11-27' },
  };
}

/** yaml-language-server over stdio, with this project's schemas associated by file name. */
export function yamlLanguageServer(peer: Peer): ServerCommand {
  if (!peer.folder) throw new Error(`yaml-language-server ${peer.missing ?? 'is missing'}`);
  const yaml = {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false },
    schemas: {
      [uriOf(path.join(SCHEMAS, 'engagement.schema.json'))]: ['*.engagement.yaml'],
      [uriOf(path.join(SCHEMAS, 'data-connection-agreement.schema.json'))]: ['*.dca.yaml'],
    },
  };
  return {
    name: 'yaml-language-server',
    command: process.execPath,
    args: [path.join(peer.folder, 'bin', 'yaml-language-server'), '--stdio'],
    settings: { yaml, '[yaml]': {}, http: {}, editor: {} },
  };
}
