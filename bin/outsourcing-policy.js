#!/usr/bin/env node
// Thin launcher: the CLI itself is bundled into dist/cli.js by `npm run build` (in a clone) or
// by `prepack` (in the published package).
require('./requireBundle.js')('cli.js');
