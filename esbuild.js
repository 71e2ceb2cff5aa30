// Bundles the CLI (and later the language server and the VS Code client) into dist/.
// Exits non-zero when any bundle fails, so a broken build never goes unnoticed.
const esbuild = require('esbuild');
const fs = require('fs');

const production = process.argv.includes('--production');

const entries = [
  { in: 'server/src/cli/bin.ts', out: 'dist/cli.js' },
  { in: 'server/src/lsp/main.ts', out: 'dist/server.js', optional: true },
  // the language server's worker threads (server/src/lsp/pool/): loaded from next to server.js
  { in: 'server/src/lsp/pool/poolWorker.ts', out: 'dist/poolWorker.js', optional: true },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', optional: true, external: ['vscode'] },
];

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
      define: { PACKAGE_VERSION: JSON.stringify(require('./package.json').version) },
    });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
