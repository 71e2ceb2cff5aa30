// Runs on `npm install` in a clone (npm's `prepare`): builds the bundles in dist/ with esbuild,
// a development dependency. A global install from a clone (`npm install -g .`) does not install
// development dependencies; it still works when dist/ has been built before (`npm ci` in the
// clone), and otherwise stops with a message that says what to do instead. When packing, the
// bundles come from `prepack` (`node esbuild.js --production`) and are not built twice.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const BUNDLES = ['dist/cli.js', 'dist/cli-main.js', 'dist/server.js', 'dist/poolWorker.js'];

function canBuild() {
  try {
    require.resolve('esbuild', { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

// `npm pack` and `npm publish` run `prepack` (the production build) before `prepare`.
const packing = ['pack', 'publish'].includes(process.env.npm_command ?? '');

if (packing) {
  // Nothing to do, and nothing to print: `npm pack --json` prints its answer on the same stdout.
} else if (canBuild()) {
  execFileSync(process.execPath, [path.join(root, 'esbuild.js')], { cwd: root, stdio: 'inherit' });
} else if (BUNDLES.every((bundle) => fs.existsSync(path.join(root, bundle)))) {
  console.log('outsourcing-policy: esbuild is not installed; using the bundles already in dist/.');
} else {
  console.error(
    [
      'outsourcing-policy: cannot build dist/, because the development dependencies (esbuild) are',
      'not installed. Run `npm ci` in the clone first and then `npm install -g .`, or install the',
      'packed tarball: `npm pack`, then `npm install -g ./outsourcing-policy-<version>.tgz`.',
    ].join('\n'),
  );
  process.exit(1);
}
