import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiError, Image } from '@noteshop/contracts';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaRepository } from '../src/media/media.repository';
import { bootApi, type BootedApi } from './support/boot-api';
import { registerCustomer, type TestCustomer } from './support/customers';

const BOUNDARY = '----noteshop-media-test';

/** A multipart/form-data body with one file part (and optional text fields before it). */
function multipart(
  file: { field?: string; filename?: string; contentType?: string; bytes: Buffer } | null,
  fields: Record<string, string> = {},
) {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${BOUNDARY}\r\ncontent-disposition: form-data; name="${file.field ?? 'file'}"; ` +
          `filename="${file.filename ?? 'photo.jpg'}"\r\n` +
          `content-type: ${file.contentType ?? 'image/jpeg'}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  };
}

// A diagonal gradient, so encoders have real detail to work with and colours to find.
function photo(width: number, height: number) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#c2410c"/><stop offset="1" stop-color="#1d4ed8"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/></svg>`;
  return sharp(Buffer.from(svg)).removeAlpha();
}

const isWebp = (bytes: Buffer) =>
  bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
  bytes.subarray(8, 12).toString('latin1') === 'WEBP';

describe('POST /api/media', () => {
  let api: BootedApi;
  let mediaDir: string;
  let owner: TestCustomer;
  let stranger: TestCustomer;

  const upload = (
    file: Parameters<typeof multipart>[0],
    headers: Record<string, string> = owner.headers,
  ) => {
    const body = multipart(file);
    return api.request({
      method: 'POST',
      url: '/api/media',
      payload: body.payload,
      headers: { ...body.headers, ...headers },
    });
  };

  const uploaded = async (bytes: Buffer, contentType = 'image/jpeg') => {
    const response = await upload({ bytes, contentType });
    expect(response.statusCode, response.body).toBe(201);
    return Image.parse(response.json());
  };

  const served = async (url: string) => {
    const response = await api.request(url);
    expect(response.statusCode, url).toBe(200);
    return response;
  };

  beforeAll(async () => {
    mediaDir = mkdtempSync(join(tmpdir(), 'noteshop-media-'));
    api = await bootApi('media', { MEDIA_DIR: mediaDir });
    [owner, stranger] = await Promise.all([
      registerCustomer('Uploader'),
      registerCustomer('Other'),
    ]);
  });

  afterAll(async () => {
    await api.close();
    rmSync(mediaDir, { recursive: true, force: true });
  });

  it('answers 401 without a token and stores nothing', async () => {
    const bytes = await photo(64, 64).jpeg().toBuffer();

    const response = await upload({ bytes }, {});

    expect(response.statusCode).toBe(401);
    expect(response.json<ApiError>().error.code).toBe('identity/unauthenticated');
    expect(readdirSync(mediaDir)).toEqual([]);
  });

  it('answers 400 media/missing-file when no file part is sent', async () => {
    const body = multipart(null, { caption: 'no file here' });
    const response = await api.request({
      method: 'POST',
      url: '/api/media',
      payload: body.payload,
      headers: { ...body.headers, ...owner.headers },
    });

    expect(response.statusCode).toBe(400);
    const { error } = response.json<ApiError>();
    expect(error.code).toBe('media/missing-file');
    expect(error.message).toMatch(/no file.*field named "file"/);
  });

  it('answers 400 media/missing-file for a body that is not multipart', async () => {
    const response = await api.request({
      method: 'POST',
      url: '/api/media',
      payload: { file: 'nope' },
      headers: owner.headers,
    });

    expect(response.statusCode).toBe(400);
    expect(response.json<ApiError>().error.code).toBe('media/missing-file');
  });

  it('answers 400 when the file comes in another field', async () => {
    const bytes = await photo(32, 32).png().toBuffer();

    const response = await upload({ bytes, field: 'image' });

    expect(response.statusCode).toBe(400);
    expect(response.json<ApiError>().error.message).toMatch(/field named "image"/);
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'a PDF document'],
    ['text', Buffer.from('just some words, renamed to .jpg\n'), 'plain text'],
  ])('answers 415 for %s sent as image/jpeg, naming what it is', async (_, bytes, detected) => {
    const response = await upload({ bytes, filename: 'sneaky.jpg', contentType: 'image/jpeg' });

    expect(response.statusCode).toBe(415);
    const { error } = response.json<ApiError>();
    expect(error).toMatchObject({
      code: 'media/unsupported-type',
      details: { detected, accepted: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] },
    });
    expect(error.message).toContain(detected);
    expect(error.message).toMatch(/JPEG, PNG, WebP or AVIF/);
  });

  it('answers 415 for a GIF even though it is an image', async () => {
    const bytes = await photo(40, 30).gif().toBuffer();

    const response = await upload({ bytes, filename: 'anim.gif', contentType: 'image/gif' });

    expect(response.statusCode).toBe(415);
    expect(response.json<ApiError>().error.details).toMatchObject({ detected: 'a GIF image' });
  });

  it('answers 415, not 500, for a JPEG cut short that cannot be decoded', async () => {
    const whole = await photo(800, 600).jpeg().toBuffer();

    const response = await upload({ bytes: whole.subarray(0, Math.floor(whole.length / 3)) });

    expect(response.statusCode).toBe(415);
    const { error } = response.json<ApiError>();
    expect(error.code).toBe('media/unsupported-type');
    expect(error.message).toMatch(/looks like a JPEG image but could not be decoded/);
  });

  it('answers 413 media/too-large for a file over 15 MB, in our error shape', async () => {
    const bytes = Buffer.alloc(15 * 1024 * 1024 + 1, 0x42);
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);

    const response = await upload({ bytes });

    expect(response.statusCode).toBe(413);
    const { error } = response.json<ApiError>();
    expect(error.code).toBe('media/too-large');
    expect(error.message).toContain('15 MB');
  });

  it('answers 413 over a real connection while a 20 MB upload is still streaming in', async () => {
    await api.app.listen(0, '127.0.0.1');
    const form = new FormData();
    const bytes = Buffer.alloc(20 * 1024 * 1024, 0x42);
    bytes.set([0xff, 0xd8, 0xff, 0xe0]);
    form.append('file', new Blob([bytes], { type: 'image/jpeg' }), 'huge.jpg');

    const response = await fetch(`${await api.app.getUrl()}/api/media`, {
      method: 'POST',
      body: form,
      headers: owner.headers,
    });

    expect(response.status).toBe(413);
    expect(((await response.json()) as ApiError).error.code).toBe('media/too-large');
  });

  it('accepts a file of exactly 15 MB (the cap is inclusive)', async () => {
    // A PNG padded with a private chunk that decoders skip, to exactly 15 MB.
    const png = await photo(64, 48).png().toBuffer();
    const iend = png.subarray(png.length - 12);
    const padding = 15 * 1024 * 1024 - png.length;
    const chunk = Buffer.alloc(padding);
    chunk.writeUInt32BE(padding - 12, 0);
    chunk.write('prVt', 4, 'latin1');
    const bytes = Buffer.concat([png.subarray(0, png.length - 12), chunk, iend]);
    expect(bytes.length).toBe(15 * 1024 * 1024);

    const response = await upload({ bytes, contentType: 'image/png' });

    expect(response.statusCode, response.body).toBe(201);
  });

  it.each([
    ['JPEG', 'image/jpeg', (image: sharp.Sharp) => image.jpeg()],
    ['PNG', 'image/png', (image: sharp.Sharp) => image.png()],
    ['WebP', 'image/webp', (image: sharp.Sharp) => image.webp()],
    ['AVIF', 'image/avif', (image: sharp.Sharp) => image.avif()],
  ])('re-encodes a %s to WebP at 320, 640 and 1080 wide', async (_, mime, encode) => {
    const bytes = await encode(photo(1600, 1200)).toBuffer();

    const image = await uploaded(bytes, mime);

    expect(image.renditions.map((rendition) => [rendition.width, rendition.height])).toEqual([
      [320, 240],
      [640, 480],
      [1080, 810],
    ]);
    expect(image).toMatchObject({ width: 1080, height: 810 });
    expect(image.dominantColor).toMatch(/^#[0-9a-f]{6}$/);
    expect(image.blurhash).toMatch(/^[0-9A-Za-z#$%*+,-.:;=?@[\]^_{|}~]{20,}$/);
    for (const rendition of image.renditions) {
      expect(rendition.url).toBe(`/media/${image.id}/${rendition.width}.webp`);
      const file = readFileSync(join(mediaDir, image.id, `${rendition.width}.webp`));
      expect(isWebp(file)).toBe(true);
      const metadata = await sharp(file).metadata();
      expect([metadata.format, metadata.width, metadata.height]).toEqual([
        'webp',
        rendition.width,
        rendition.height,
      ]);
    }
    const row = (await api.app.get(MediaRepository).findOwnedBy(owner.customerId, [image.id]))[0];
    expect(row).toMatchObject({ sourceMime: mime, ownerCustomerId: owner.customerId });
  });

  it('never upscales: a small image gets one rendition at its own size', async () => {
    const image = await uploaded(await photo(200, 150).png().toBuffer(), 'image/png');

    expect(image.renditions.map((rendition) => rendition.width)).toEqual([200]);
    expect(image).toMatchObject({ width: 200, height: 150 });
  });

  it('stands a photo upright by its EXIF orientation', async () => {
    // Stored 400×200 landscape, tagged "rotate 90° clockwise to view" (orientation 6).
    const bytes = await photo(400, 200).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(bytes).metadata()).orientation).toBe(6);

    const image = await uploaded(bytes);

    expect(image).toMatchObject({ width: 200, height: 400 });
    const file = readFileSync(join(mediaDir, image.id, '200.webp'));
    const metadata = await sharp(file).metadata();
    expect([metadata.width, metadata.height, metadata.orientation]).toEqual([200, 400, undefined]);
  });

  it('strips EXIF and GPS from every rendition', async () => {
    const secret = `NoteShop-${randomUUID()}`;
    const bytes = await photo(1400, 1000)
      .jpeg()
      .withExif({
        IFD0: { Copyright: secret, Make: 'PhoneCo', Model: 'Snapper 9' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '31/1 13/1 5000/100',
          GPSLongitudeRef: 'E',
          GPSLongitude: '121/1 28/1 3000/100',
        },
      })
      .toBuffer();
    const source = await sharp(bytes).metadata();
    // The fixture really carries the tags: the GPS IFD pointer (tag 0x8825, little-endian as
    // libvips writes it) and the copyright text.
    expect(source.exif?.subarray(6, 8).toString('latin1')).toBe('II');
    expect(source.exif?.includes(Buffer.from([0x25, 0x88])) ?? false).toBe(true);
    expect(bytes.includes(secret)).toBe(true);

    const image = await uploaded(bytes);

    expect(image.renditions).toHaveLength(3);
    for (const rendition of image.renditions) {
      const body = (await served(rendition.url)).rawPayload;
      const metadata = await sharp(body).metadata();
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(body.includes(secret)).toBe(false);
      expect(body.includes('PhoneCo')).toBe(false);
      expect(body.includes('EXIF')).toBe(false);
    }
  });

  it('is documented in /api/docs as a multipart upload with its error statuses', async () => {
    const document = (await served('/api/docs/json')).json<{
      paths: Record<string, Record<string, { requestBody?: unknown; responses: object }>>;
    }>();

    const operation = document.paths['/api/media']?.post;
    expect(operation?.requestBody).toMatchObject({
      content: { 'multipart/form-data': { schema: { required: ['file'] } } },
    });
    expect(Object.keys(operation?.responses ?? {}).sort()).toEqual(
      ['201', '400', '401', '413', '415'].sort(),
    );
  });

  describe('GET /media/*', () => {
    let image: Image;

    beforeAll(async () => {
      image = await uploaded(await photo(700, 500).jpeg().toBuffer());
    });

    it('serves each rendition as image/webp, cacheable forever', async () => {
      for (const rendition of image.renditions) {
        const response = await served(rendition.url);
        const onDisk = readFileSync(join(mediaDir, image.id, `${rendition.width}.webp`));

        expect(response.headers['content-type']).toBe('image/webp');
        expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(response.rawPayload.equals(onDisk)).toBe(true);
      }
    });

    it('answers 404 in our shape for an unknown key', async () => {
      const response = await api.request(`/media/${randomUUID()}/320.webp`);

      expect(response.statusCode).toBe(404);
      expect(response.json<ApiError>().error.code).toBe('http/route-not-found');
    });

    it.each([
      '/media/..%2F..%2F..%2Fetc%2Fpasswd',
      '/media/../../../etc/passwd',
      '/media/%2e%2e/%2e%2e/etc/hostname',
      `/media/${randomUUID()}/..%2F..%2F..%2Fetc%2Fpasswd`,
    ])('does not leave the media folder for %s', async (url) => {
      const response = await api.request(url);

      expect(response.statusCode).toBe(404);
      expect(response.body).not.toMatch(/root:/);
    });
  });

  describe(MediaRepository.name, () => {
    let mine: Image;
    let theirs: Image;

    beforeAll(async () => {
      mine = await uploaded(await photo(320, 320).png().toBuffer(), 'image/png');
      const response = await upload(
        { bytes: await photo(320, 320).webp().toBuffer(), contentType: 'image/webp' },
        stranger.headers,
      );
      theirs = Image.parse(response.json());
    });

    it('findOwnedBy returns only the media the customer uploaded', async () => {
      const sut = api.app.get(MediaRepository);

      const owned = await sut.findOwnedBy(owner.customerId, [mine.id, theirs.id, randomUUID()]);
      const strangers = await sut.findOwnedBy(stranger.customerId, [mine.id]);

      expect(owned.map((row) => row.id)).toEqual([mine.id]);
      expect(strangers).toEqual([]);
    });

    it('findOwnedBy treats a malformed id as unknown instead of failing', async () => {
      const sut = api.app.get(MediaRepository);

      expect(await sut.findOwnedBy(owner.customerId, ['not-a-uuid'])).toEqual([]);
    });

    it('findImagesByIds hydrates many images in one call, keyed by id', async () => {
      const sut = api.app.get(MediaRepository);

      const images = await sut.findImagesByIds([mine.id, theirs.id, mine.id, randomUUID()]);

      expect([...images.keys()].sort()).toEqual([mine.id, theirs.id].sort());
      expect(images.get(mine.id)).toEqual(mine);
      expect(images.get(theirs.id)).toEqual(theirs);
    });
  });
});
