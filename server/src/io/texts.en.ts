/**
 * Why a path could not be read, in English: short phrases without the path (callers prefix it).
 * `texts.de.ts` has the same keys and placeholders.
 */
export const ioTexts = {
  cannotRead: 'cannot read the file ({code})',
  linkOutside: 'is a link to a file outside the folder; it was not read',
  notRegular: 'is {kind}, not a regular file; it was not read',
  tooLarge: 'is larger than {maxBytes} bytes; it was not read',
  cannotReadFolder: 'cannot read the folder ({code})',
  noSuchPath: 'no such file or folder',
  kind: {
    folder: 'a folder',
    fifo: 'a FIFO (named pipe)',
    device: 'a device',
    socket: 'a socket',
    other: 'not a regular file',
  },
};

export type IoTexts = typeof ioTexts;
