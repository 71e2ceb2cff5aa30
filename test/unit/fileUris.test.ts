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

  test('a URI with a host is a UNC path on Windows and no local file elsewhere', () => {
    // elsewhere fileURLToPath throws ERR_INVALID_FILE_URL_HOST
    const expected =
      process.platform === 'win32' ? '\\\\server\\share\\a.engagement.yaml' : undefined;
    assert.equal(localPath('file://server/share/a.engagement.yaml'), expected);
  });

  test('URIs that name no local file map to undefined', () => {
    for (const uri of [
      'file:///a%2Fb.engagement.yaml', // an encoded slash: ERR_INVALID_FILE_URL_PATH
      'untitled:Untitled-1',
      'http://example.invalid/a.engagement.yaml',
    ])
      assert.equal(localPath(uri), undefined, uri);
  });
});
