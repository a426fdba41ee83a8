import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { sniffImageType } from './image-type';

const canvas = () => sharp({ create: { width: 8, height: 6, channels: 3, background: '#c0ffee' } });

describe(sniffImageType.name, () => {
  const encoded: Record<'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff', Buffer> = {} as never;

  beforeAll(async () => {
    encoded.jpeg = await canvas().jpeg().toBuffer();
    encoded.png = await canvas().png().toBuffer();
    encoded.webp = await canvas().webp().toBuffer();
    encoded.avif = await canvas().avif().toBuffer();
    encoded.gif = await canvas().gif().toBuffer();
    encoded.tiff = await canvas().tiff().toBuffer();
  });

  it.each([
    ['jpeg', 'image/jpeg'],
    ['png', 'image/png'],
    ['webp', 'image/webp'],
    ['avif', 'image/avif'],
  ] as const)('accepts a real %s file by its bytes', (format, mime) => {
    const sut = sniffImageType(encoded[format]);

    expect(sut).toMatchObject({ accepted: true, mime });
  });

  it('needs only the first 64 bytes', () => {
    for (const format of ['jpeg', 'png', 'webp', 'avif'] as const)
      expect(sniffImageType(encoded[format].subarray(0, 64)).accepted).toBe(true);
  });

  it('recognises an AVIF by a compatible brand when the major brand is generic', () => {
    const ftyp = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypmif1\0\0\0\0mif1avif', 'latin1'),
    ]);

    expect(sniffImageType(ftyp)).toMatchObject({ accepted: true, mime: 'image/avif' });
  });

  it.each([
    ['gif', 'a GIF image'],
    ['tiff', 'a TIFF image'],
  ] as const)('refuses a real %s file and names it', (format, description) => {
    expect(sniffImageType(encoded[format])).toEqual({ accepted: false, description });
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1'), 'a PDF document'],
    ['text', Buffer.from('hello, this is not an image\n'), 'plain text'],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'an SVG/XML document'],
    ['a ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), 'a ZIP archive'],
    [
      'a HEIC',
      Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic')]),
      'a HEIC/HEIF image',
    ],
    ['garbage', Buffer.from([0x00, 0x13, 0x37, 0xfe, 0x01, 0x02, 0x03]), 'of an unrecognised type'],
    ['nothing', Buffer.alloc(0), 'empty'],
  ])('refuses %s and says what it is', (_, bytes, description) => {
    expect(sniffImageType(bytes)).toEqual({ accepted: false, description });
  });

  it.each([
    ['JPEG', Buffer.from([0xff, 0xd8])],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
    ['WebP', Buffer.from('RIFF\x10\0\0\0WEB', 'latin1')],
    ['AVIF', Buffer.from('\0\0\0\x1cftypav', 'latin1')],
  ])('refuses a %s signature cut short', (_, bytes) => {
    expect(sniffImageType(bytes).accepted).toBe(false);
  });
});
