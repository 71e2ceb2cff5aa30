/**
 * File URIs to local paths. `fileURLToPath` throws on a URI it cannot map (a host such as
 * `file://server/share/...` on Linux, a malformed escape): such a URI names no file this server
 * can read, so it maps to undefined and the caller treats it like any non-file URI.
 */
import { fileURLToPath } from 'node:url';

export function localPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
