import { constants } from 'node:zlib';

/**
 * Brotli at quality 5, for every server of the site: `npm start` compresses each response with it
 * (server.mjs) and the export's .br copies are written with it (scripts/finish-export.ts), so
 * both send pages compressed alike. Pages come out about a tenth smaller than with gzip, for about a
 * millisecond each; quality 11 saves another tenth but takes ~50 ms a page and 13 s an export.
 */
export const brotliOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

/** The precompressed copies the export ships beside each text file, and the servers' names for them. */
export const precompressedSuffixes = ['.gz', '.br'];
