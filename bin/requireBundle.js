// Loads a bundle from dist/. In a clone that has not been built yet, says so in plain words
// instead of a stack trace about a missing module.
const fs = require('fs');
const path = require('path');

module.exports = function requireBundle(name) {
  const bundle = path.join(__dirname, '..', 'dist', name);
  if (!fs.existsSync(bundle)) {
    console.error(
      `outsourcing-policy: ${path.relative(process.cwd(), bundle) || bundle} is missing; ` +
        'run `npm ci` (or `npm run build`) in the clone first.',
    );
    process.exit(2);
  }
  require(bundle);
};
