#!/usr/bin/env node
// Thin launcher: the language server is bundled into dist/server.js by `npm run build`.
require('../dist/server.js');
