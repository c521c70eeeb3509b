import { PDFDocument, PDFName, PDFString } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  /** The reviewing clinic. */
  author: string;
  /** BCP-47, e.g. `ar` or `zh-CN`: screen readers choose their voice from it. */
  lang: string;
  subject?: string | undefined;
}

/** Writes title, author, language and subject into a PDF, as document properties show them. */
export async function withPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  document.setAuthor(metadata.author);
  document.setLanguage(metadata.lang);
  if (metadata.subject) document.setSubject(metadata.subject);
  document.setCreator('Migrant Rights Atlas');
  document.setProducer('Migrant Rights Atlas (Chromium, pdf-lib)');
  // setLanguage writes the document's /Lang; make sure the catalog carries it for accessibility.
  document.catalog.set(PDFName.of('Lang'), PDFString.of(metadata.lang));
  return document.save({ useObjectStreams: false });
}
