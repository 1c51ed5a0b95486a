/**
 * Legacy Word (.doc, and WPS Office's .wps, which stores the same Word 97
 * binary in an OLE compound file) → text, with word-extractor: the main text
 * stream with its paragraph breaks; headers, footers, footnotes and comments
 * left out; a table's cells separated by tabs and its rows by line breaks, as
 * the text reader reads a table pasted from Word. Characters are kept as
 * written (no "smart quote" folding). Automatic list numbers are not part of
 * the text in this format: numbers typed in the text are read, Word's own
 * numbering is lost (said by the caller when no numbered item is found).
 */
import { FormatError } from './source.js';

/** An OLE compound file holding an encrypted OOXML package (a password-protected .docx), not a Word 97 document. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  // the directory names are UTF-16LE: "EncryptedPackage"
  return Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

/** The text of a .doc or .wps file; throws FormatError for an encrypted or damaged file, or an OLE file that holds no Word document. */
export async function readDocText(bytes: Uint8Array): Promise<string> {
  if (isEncryptedPackage(bytes)) throw new FormatError('docx-encrypted');
  const { default: WordExtractor } = await import('word-extractor');
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes));
    body = doc.getBody({ filterUnicode: false });
  } catch {
    // word-extractor's own words (stream names, offsets) say nothing to an analyst
    throw new FormatError('doc-damaged');
  }
  // Word's cell and row marks come out as tabs and line breaks; a page or section break as a form feed
  return body.replace(/\f/g, '\n').replace(/\r\n?/g, '\n');
}
