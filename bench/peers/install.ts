/**
 * The peers the benchmark compares against, installed from the npm registry into the
 * git-ignored `.bench-cache/` at the repository root, once; later runs reuse them. A peer that
 * cannot be installed (no network) is reported with the reason instead of failing the run.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CACHE = path.join(REPO_ROOT, '.bench-cache');

export interface Peer {
  name: string;
  version: string;
  /** The installed package's folder, or why it is missing. */
  folder?: string;
  missing?: string;
}

export const YAML_LANGUAGE_SERVER = { name: 'yaml-language-server', version: '1.25.0' };
export const SPECTRAL_CLI = { name: '@stoplight/spectral-cli', version: '6.16.3' };

/** Installs `name@version` into `.bench-cache/<name>-<version>/` unless it is there already. */
export function ensurePeer(peer: { name: string; version: string }): Peer {
  const prefix = path.join(CACHE, `${peer.name.replace(/^@.*\//, '')}-${peer.version}`);
  const folder = path.join(prefix, 'node_modules', ...peer.name.split('/'));
  const complete = path.join(prefix, '.complete');
  if (fs.existsSync(complete) && fs.existsSync(folder)) return { ...peer, folder };
  fs.mkdirSync(prefix, { recursive: true });
  process.stderr.write(`bench: installing ${peer.name}@${peer.version} into ${prefix}\n`);
  const result = spawnSync(
    'npm',
    [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-audit',
      '--no-fund',
      `${peer.name}@${peer.version}`,
    ],
    { encoding: 'utf8', timeout: 600_000 },
  );
  if (result.status !== 0 || !fs.existsSync(folder)) {
    const reason =
      result.error?.message ?? lastLine(result.stderr) ?? `npm exited ${result.status}`;
    return { ...peer, missing: `could not be installed (${reason})` };
  }
  fs.writeFileSync(complete, `${peer.name}@${peer.version}\n`);
  return { ...peer, folder };
}

function lastLine(text: string | undefined): string | undefined {
  const lines = (text ?? '').trim().split('\n');
  return lines[lines.length - 1] || undefined;
}
