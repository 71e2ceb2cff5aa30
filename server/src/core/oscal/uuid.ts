/**
 * Name-based uuids (RFC 9562 version 5) for the OSCAL documents: the same name gives the same
 * uuid in every run, so an ISMS tool that imports two runs of the same check sees the same
 * observations and findings as the same objects. The SHA-1 is passed in (the core has no
 * crypto of its own); every name is put under this project's fixed namespace.
 */

/** The namespace of every uuid this product writes into OSCAL documents (a random v4, fixed once). */
export const OSCAL_UUID_NAMESPACE = '3fea8444-d533-4940-8be0-8a8af33b6fd2';

/** SHA-1 of the bytes (20 bytes). */
export type Sha1 = (bytes: Uint8Array) => Uint8Array;

function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error(`not a uuid: ${uuid}`);
  return Uint8Array.from({ length: 16 }, (_, n) => parseInt(hex.slice(2 * n, 2 * n + 2), 16));
}

function formatUuid(bytes: Uint8Array): string {
  const hex = [...bytes.subarray(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}

/** The version 5 uuid of `name` (UTF-8) in `namespace`. */
export function uuidV5(name: string, sha1: Sha1, namespace = OSCAL_UUID_NAMESPACE): string {
  const encoded = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + encoded.length);
  input.set(uuidBytes(namespace), 0);
  input.set(encoded, 16);
  const hash = Uint8Array.from(sha1(input).subarray(0, 16));
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  return formatUuid(hash);
}

/** The first `length` hex digits of the SHA-1 of `text`: a short digest of a document's content. */
export function shortDigest(text: string, sha1: Sha1, length = 12): string {
  const hash = sha1(new TextEncoder().encode(text));
  return [...hash]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, length);
}

/** The names of the uuids, in one place, so that their parts are documented and never mixed. */
export const UUID_NAMES = {
  /** The document: the checked files (sorted) and the level. */
  document: (files: readonly string[], level: string) => `document\n${level}\n${files.join('\n')}`,
  /** The one result of a document with this content digest. */
  result: (document: string, digest: string) => `result\n${document}\n${digest}`,
  /** An observation: file, rule id, range and the finding's identity (message id and arguments). */
  observation: (file: string, range: string, identity: string) =>
    `observation\n${file}\n${range}\n${identity}`,
  /** A finding: the engagement (file and id) and the measure. */
  finding: (engagement: string, measure: string) => `finding\n${engagement}\n${measure}`,
  /** The component standing for an engagement (file and id). */
  component: (engagement: string) => `component\n${engagement}`,
  /** A back-matter resource: the assessment plan placeholder or a source of the control data. */
  resource: (name: string) => `resource\n${name}`,
  /** The assessment platform: this product. */
  platform: () => 'assessment-platform\noutsourcing-policy',
} as const;
