/** Limits shared by content scripts (which must stay free of zod) and the protocol's schemas. */

/** Pages larger than this are not read (a few real shops reach 5 MB; a hostile page could send anything). */
export const MAX_PAGE_HTML = 12_000_000;
