// Bundles the CLI, the language server and the VS Code client into dist/.
// Exits non-zero when any bundle fails, so a broken build never goes unnoticed.
const esbuild = require('esbuild');
const crypto = require('crypto');
const fs = require('fs');

const production = process.argv.includes('--production');

// The CLI is two files: its bundle (dist/cli-main.js) and a small launcher (dist/cli.js) that
// runs the bundle with V8's code cache, keyed by the hash of the bundle written into it.
const CLI_MAIN = 'cli-main.js';
const entries = [
  { in: 'server/src/cli/bin.ts', out: `dist/${CLI_MAIN}` },
  { in: 'server/src/cli/launch/entry.ts', out: 'dist/cli.js', define: cliLauncherDefine },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', optional: true },
  // the language server's worker threads (server/src/lsp/pool/): loaded from next to server.js
  { in: 'server/src/lsp/pool/poolWorker.ts', out: 'dist/poolWorker.js', optional: true },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', optional: true, external: ['vscode'] },
];

/**
 * esbuild writes the code itself in ASCII (its default charset) but keeps comments as they are:
 * their few other characters become `\u` escapes, so that the launcher can read the bundle as
 * Latin-1, several times faster than decoding UTF-8. (Should the bundle still not be ASCII, the
 * launcher reads it as UTF-8.)
 */
function asciiBundle(file) {
  const text = fs.readFileSync(file, 'utf8');
  const ascii = text.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (ascii !== text) fs.writeFileSync(file, ascii);
  return !/[\u0080-\uffff]/.test(ascii);
}

function cliLauncherDefine() {
  const file = `dist/${CLI_MAIN}`;
  const encoding = asciiBundle(file) ? 'latin1' : 'utf8';
  const hash = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 16);
  return { CLI_MAIN: JSON.stringify({ file: CLI_MAIN, hash, encoding }) };
}

async function main() {
  for (const entry of entries) {
    if (entry.optional && !fs.existsSync(entry.in)) continue;
    await esbuild.build({
      entryPoints: [entry.in],
      outfile: entry.out,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: !production,
      minify: production,
      external: entry.external ?? [],
      logLevel: 'warning',
      define: {
        PACKAGE_VERSION: JSON.stringify(require('./package.json').version),
        ...(entry.define ? entry.define() : {}),
      },
    });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
