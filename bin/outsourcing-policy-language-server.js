#!/usr/bin/env node
// Thin launcher: the language server is bundled into dist/server.js by `npm run build` (in a
// clone) or by `prepack` (in the published package).
require('./requireBundle.js')('server.js');
