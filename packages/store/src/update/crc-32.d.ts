/** Types for the CRC-32C module of `crc-32`, which ships types only for its CRC-32 entry point. */
declare module 'crc-32/crc32c.js' {
  /** A CommonJS module: Node gives ES modules only its default export. */
  const CRC32C: {
    /** CRC-32C of a buffer, continuing from `seed`; a signed 32-bit integer. */
    buf(data: Uint8Array, seed?: number): number;
  };
  // eslint-disable-next-line import-x/no-default-export -- describes a CommonJS module as Node shows it
  export default CRC32C;
}
