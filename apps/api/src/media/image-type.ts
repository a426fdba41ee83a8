/** The formats an upload may be in. Anything else is refused before it reaches the decoder. */
export type AcceptedImageType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/avif';

export type SniffedType =
  | { accepted: true; mime: AcceptedImageType; description: string }
  | { accepted: false; description: string };

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

/** The ISO-BMFF `ftyp` brands (major + compatible) of `bytes`, or null when it has no ftyp box. */
function ftypBrands(bytes: Uint8Array): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return null;
  const boxSize = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  const end = Math.min(boxSize, bytes.length);
  const brands = [ascii(bytes, 8, 12)];
  for (let offset = 16; offset + 4 <= end; offset += 4)
    brands.push(ascii(bytes, offset, offset + 4));
  return brands;
}

// Printable ASCII, tabs and newlines, or UTF-8 multibyte: enough to say "plain text" in a message.
const looksLikeText = (bytes: Uint8Array) =>
  bytes.length > 0 &&
  bytes.every((byte) => byte === 0x09 || byte === 0x0a || byte === 0x0d || byte >= 0x20);

const accepted = (mime: AcceptedImageType, description: string): SniffedType => ({
  accepted: true,
  mime,
  description,
});
const refused = (description: string): SniffedType => ({ accepted: false, description });

/**
 * What `bytes` (the start of an upload; 64 bytes are plenty) really is, by its magic bytes.
 * The filename and Content-Type a client sends are never trusted.
 */
export function sniffImageType(bytes: Uint8Array): SniffedType {
  if (bytes.length === 0) return refused('empty');
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return accepted('image/jpeg', 'a JPEG image');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return accepted('image/png', 'a PNG image');
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP')
    return accepted('image/webp', 'a WebP image');
  const brands = ftypBrands(bytes);
  if (brands?.some((brand) => brand === 'avif' || brand === 'avis'))
    return accepted('image/avif', 'an AVIF image');
  if (brands?.some((brand) => ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1'].includes(brand)))
    return refused('a HEIC/HEIF image');
  if (brands) return refused(`an ISO media file (brand "${brands[0]}", e.g. a video)`);
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')
    return refused('a GIF image');
  if (ascii(bytes, 0, 5) === '%PDF-') return refused('a PDF document');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return refused('a ZIP archive');
  if (ascii(bytes, 0, 2) === 'BM') return refused('a BMP image');
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return refused('a TIFF image');
  if (looksLikeText(bytes)) {
    return /^\s*<(\?xml|svg)/i.test(ascii(bytes, 0, Math.min(bytes.length, 64)))
      ? refused('an SVG/XML document')
      : refused('plain text');
  }
  return refused('of an unrecognised type');
}
