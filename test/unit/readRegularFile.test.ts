/** The one reader of files from disk, and the escaping of control characters in output. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { readRegularFile } from '../../server/src/io/readRegularFile';
import {
  escapeControlCharacters,
  escapeControlsInJson,
  quotedExcerpt,
} from '../../server/src/core/controlCharacters';
import { tempTree } from '../support/cli';

test('a link that stays inside the root is read; one that leaves it is not', () => {
  const outside = tempTree({ 'far.yaml': 'far: 1\n' });
  const root = tempTree({ 'near.yaml': 'near: 1\n' });
  fs.symlinkSync(path.join(root, 'near.yaml'), path.join(root, 'in.yaml'));
  fs.symlinkSync(path.join(outside, 'far.yaml'), path.join(root, 'out.yaml'));
  const limits = { maxBytes: 1000, root };
  assert.deepEqual(readRegularFile(path.join(root, 'in.yaml'), limits), { text: 'near: 1\n' });
  assert.deepEqual(readRegularFile(path.join(root, 'out.yaml'), limits), {
    problem: 'is a link to a file outside the folder; it was not read',
  });
  // without a root (a file the user named), the link is followed
  assert.deepEqual(readRegularFile(path.join(root, 'out.yaml'), { maxBytes: 1000 }), {
    text: 'far: 1\n',
  });
});

test('a file over the byte bound, a folder and a device are refused; a BOM is dropped', () => {
  const root = tempTree({ 'big.yaml': 'x'.repeat(101), 'bom.yaml': '\ufeffa: 1\n', 'sub/k': '' });
  assert.deepEqual(readRegularFile(path.join(root, 'big.yaml'), { maxBytes: 100 }), {
    problem: 'is larger than 100 bytes; it was not read',
    tooLarge: true,
  });
  assert.deepEqual(readRegularFile(path.join(root, 'bom.yaml'), { maxBytes: 100 }), {
    text: 'a: 1\n',
  });
  assert.deepEqual(readRegularFile(path.join(root, 'sub'), { maxBytes: 100 }), {
    problem: 'is a folder, not a regular file; it was not read',
  });
  assert.deepEqual(readRegularFile('/dev/zero', { maxBytes: 100 }), {
    problem: 'is a device, not a regular file; it was not read',
  });
});

test('control characters become visible; JSON keeps its data', () => {
  assert.equal(
    escapeControlCharacters('a\u001b[31m\u0007\u009b\u202eb\n'),
    'a\\x1b[31m\\x07\\x9b\\u202eb\\x0a',
  );
  assert.equal(escapeControlCharacters('one\ntwo\tthree\r', '\n\t'), 'one\ntwo\tthree\\x0d');
  const json = escapeControlsInJson(JSON.stringify({ file: 'a\u009bb\u007f' }, null, 2));
  assert.ok(!/[\u007f-\u009f]/.test(json));
  assert.deepEqual(JSON.parse(json), { file: 'a\u009bb\u007f' });
  assert.equal(quotedExcerpt(`"${'y'.repeat(50)}`), `"\\"${'y'.repeat(39)}…"`);
});
