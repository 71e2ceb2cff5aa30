/** File URIs the server cannot map to a local path name no file: no exception, no path. */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { localPath } from '../../server/src/lsp/fileUris';

describe('localPath', () => {
  test('a local file URI maps to its path', () => {
    const file = path.resolve('policies', 'a b.engagement.yaml');
    assert.equal(localPath(pathToFileURL(file).toString()), file);
  });

  test(
    'URIs that name no local file map to undefined',
    { skip: process.platform === 'win32' },
    () => {
      for (const uri of [
        'file://server/share/a.engagement.yaml', // a host: ERR_INVALID_FILE_URL_HOST
        'file:///a%2Fb.engagement.yaml', // an encoded slash: ERR_INVALID_FILE_URL_PATH
        'untitled:Untitled-1',
        'http://example.invalid/a.engagement.yaml',
      ])
        assert.equal(localPath(uri), undefined, uri);
    },
  );
});
