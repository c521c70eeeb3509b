import { fromXml } from 'xast-util-from-xml';
import type { Element, Nodes } from 'xast';
import { visit } from 'unist-util-visit';

/**
 * Files in public/ are published as they are, from the site's own address, which the
 * Content-Security-Policy trusts. So only kinds of file that cannot run code there are allowed,
 * each checked to be what its name says, within a size a reader on a slow connection can fetch.
 */
const kilobyte = 1024;
const megabyte = 1024 * kilobyte;

interface FileKind {
  /** What a student calls it. */
  label: string;
  maxBytes: number;
  /** The first bytes every genuine file of this kind starts with. */
  signature?: (bytes: Uint8Array) => boolean;
}

const startsWith = (...prefix: number[]) => (bytes: Uint8Array) => prefix.every((byte, index) => bytes[index] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
/** docx, xlsx, odt and ods are ZIP archives. */
const zip = startsWith(0x50, 0x4b, 0x03, 0x04);

export const publicFileKinds: Readonly<Record<string, FileKind>> = {
  pdf: { label: 'PDF document', maxBytes: 10 * megabyte, signature: startsWith(...ascii('%PDF-')) },
  docx: { label: 'Word document', maxBytes: 10 * megabyte, signature: zip },
  odt: { label: 'OpenDocument text', maxBytes: 10 * megabyte, signature: zip },
  xlsx: { label: 'Excel workbook', maxBytes: 10 * megabyte, signature: zip },
  ods: { label: 'OpenDocument spreadsheet', maxBytes: 10 * megabyte, signature: zip },
  csv: { label: 'CSV table', maxBytes: 5 * megabyte },
  txt: { label: 'text file', maxBytes: 1 * megabyte },
  png: { label: 'PNG image', maxBytes: 2 * megabyte, signature: startsWith(0x89, ...ascii('PNG')) },
  jpg: { label: 'JPEG image', maxBytes: 2 * megabyte, signature: startsWith(0xff, 0xd8, 0xff) },
  jpeg: { label: 'JPEG image', maxBytes: 2 * megabyte, signature: startsWith(0xff, 0xd8, 0xff) },
  webp: { label: 'WebP image', maxBytes: 2 * megabyte, signature: (bytes) => startsWith(...ascii('RIFF'))(bytes) && ascii('WEBP').every((b, i) => bytes[8 + i] === b) },
  gif: { label: 'GIF image', maxBytes: 2 * megabyte, signature: startsWith(...ascii('GIF8')) },
  svg: { label: 'SVG image', maxBytes: 512 * kilobyte },
  ico: { label: 'icon', maxBytes: 256 * kilobyte, signature: startsWith(0, 0, 1, 0) },
  woff2: { label: 'web font', maxBytes: 2 * megabyte, signature: startsWith(...ascii('wOF2')) },
};

const allowedList = Object.keys(publicFileKinds).join(', ');

function sizeText(bytes: number): string {
  return bytes >= megabyte ? `${(bytes / megabyte).toFixed(1)} MB` : `${Math.ceil(bytes / kilobyte)} KB`;
}

/** Every problem with one file of public/, in words for the person who added it. */
export function publicFileProblems(path: string, bytes: Uint8Array): string[] {
  const name = path.split('/').pop() ?? path;
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
  const kind = Object.hasOwn(publicFileKinds, extension) ? publicFileKinds[extension] : undefined;
  if (!kind || name.startsWith('.')) {
    return [
      `"${name}" is not a kind of file the site publishes. Files in public/ are served from the site's own address, so web pages, scripts and programs are never accepted there. Allowed: ${allowedList}. Convert the file to one of these (a document to PDF, for example), or remove it.`,
    ];
  }
  const problems: string[] = [];
  if (bytes.byteLength > kind.maxBytes) {
    problems.push(`This ${kind.label} is ${sizeText(bytes.byteLength)}; the limit is ${sizeText(kind.maxBytes)}, so that readers on slow or paid connections can download it. Make it smaller (lower image resolution, or "reduce file size" when saving the PDF).`);
  }
  if (kind.signature && !kind.signature(bytes)) {
    problems.push(`This file is named ".${extension}" but is not a ${kind.label} inside. Save it again from the program that made it, in that format.`);
  }
  if (extension === 'svg') problems.push(...svgProblems(new TextDecoder().decode(bytes)));
  return problems;
}

/**
 * An SVG opened from the site's address runs its scripts with the site's rights. So an SVG may
 * hold only drawing: elements and attributes from a list, no scripts, no event handlers, no
 * styles (which can fetch), and no reference to anything outside the file.
 */
const svgElements: ReadonlySet<string> = new Set([
  'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'title', 'desc',
  'defs', 'lineargradient', 'radialgradient', 'stop', 'clippath', 'mask', 'symbol', 'use', 'metadata',
]);

const svgAttributes: ReadonlySet<string> = new Set([
  'xmlns', 'xmlns:xlink', 'version', 'id', 'class', 'viewbox', 'width', 'height', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry',
  'd', 'points', 'transform', 'fill', 'fill-opacity', 'fill-rule', 'clip-rule', 'stroke', 'stroke-width', 'stroke-linecap',
  'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'opacity', 'offset',
  'stop-color', 'stop-opacity', 'gradientunits', 'gradienttransform', 'fx', 'fy', 'clip-path', 'clippathunits', 'mask',
  'maskunits', 'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'preserveaspectratio',
  'role', 'aria-label', 'aria-hidden', 'lang', 'xml:lang', 'xml:space', 'href', 'xlink:href', 'dx', 'dy', 'visibility', 'display',
]);

function svgProblems(text: string): string[] {
  let tree: Nodes;
  try {
    tree = fromXml(text);
  } catch (cause) {
    return [`This SVG image cannot be read as XML (${String((cause as Error).message).split('\n')[0]}). Export it again from the drawing program as "plain SVG".`];
  }
  const problems: string[] = [];
  const fix = 'Export the image again as "plain SVG" or "optimised SVG", or save it as PNG.';
  visit(tree, (node: Nodes) => {
    if (node.type === 'doctype' || node.type === 'instruction') {
      if (node.type === 'instruction' && node.name === 'xml') return;
      problems.push(`This SVG image contains a <!DOCTYPE> or <?…?> instruction, which can pull in other files. ${fix}`);
      return;
    }
    if (node.type !== 'element') return;
    const element = node as Element;
    const name = element.name.toLowerCase();
    if (!svgElements.has(name)) {
      problems.push(`This SVG image contains <${element.name}>, which an image on this site may not have (it can run code, apply styles or load other files). ${fix}`);
      return;
    }
    for (const [attribute, value] of Object.entries(element.attributes)) {
      const lower = attribute.toLowerCase();
      if (!svgAttributes.has(lower)) {
        problems.push(`This SVG image has the attribute "${attribute}" on <${element.name}>, which an image on this site may not have (it can run code or load other files). ${fix}`);
      } else if ((value ?? '').includes('\\')) {
        problems.push(`This SVG image has ${attribute}="${value}": a backslash can disguise a reference to something outside the image. ${fix}`);
      } else if ((lower === 'href' || lower === 'xlink:href') && !/^#[A-Za-z][\w.-]*$/.test(value ?? '')) {
        problems.push(`This SVG image refers to "${value}", outside the image. An image may refer only to its own parts ("#name"). ${fix}`);
      } else if (/url\s*\(/i.test(value ?? '') && !/^url\(\s*#[A-Za-z][\w.-]*\s*\)$/.test(value ?? '')) {
        problems.push(`This SVG image has ${attribute}="${value}", which refers to something outside the image. ${fix}`);
      }
    }
  });
  return problems;
}
