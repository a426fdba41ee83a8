import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidEnvError, parseApiEnv } from '../config/env';
import { S3MediaStorage, s3SettingsOf } from './s3-media.storage';

const baseEnv = {
  DATABASE_URL: 'postgres://root@127.0.0.1:5432/noteshop',
  MEILI_HOST: 'http://127.0.0.1:7700',
  MEILI_MASTER_KEY: 'meili-master-key',
  COMMERCE_URL: 'http://127.0.0.1:9000',
  COMMERCE_PUBLISHABLE_KEY: 'pk_123',
  COMMERCE_SECRET_API_KEY: 'sk_456',
  JWT_PUBLIC_KEY:
    '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----',
};

const s3Env = (endpoint = 'http://127.0.0.1:9100') => ({
  S3_BUCKET: 'noteshop-media',
  S3_REGION: 'us-east-1',
  S3_ENDPOINT: endpoint,
  S3_ACCESS_KEY_ID: 'test-access-key',
  S3_SECRET_ACCESS_KEY: 'test-secret-key',
  S3_FORCE_PATH_STYLE: 'true',
});

describe(s3SettingsOf.name, () => {
  it('keeps media on local disk when no S3 variable is set (empty counts as unset)', () => {
    expect(s3SettingsOf(parseApiEnv(baseEnv))).toBeNull();
    expect(s3SettingsOf(parseApiEnv({ ...baseEnv, S3_BUCKET: '' }))).toBeNull();
  });

  it('reads the whole S3 set', () => {
    expect(s3SettingsOf(parseApiEnv({ ...baseEnv, ...s3Env() }))).toEqual({
      bucket: 'noteshop-media',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9100',
      accessKeyId: 'test-access-key',
      secretAccessKey: 'test-secret-key',
      forcePathStyle: true,
    });
  });

  it('fails at boot on a partial set, naming each missing variable and what is set', () => {
    const { S3_BUCKET, S3_ENDPOINT } = s3Env();

    const parse = () => parseApiEnv({ ...baseEnv, S3_BUCKET, S3_ENDPOINT });

    expect(parse).toThrow(InvalidEnvError);
    expect(parse).toThrow(/S3_ACCESS_KEY_ID: is required because S3_BUCKET, S3_ENDPOINT are set/);
    try {
      parse();
    } catch (error) {
      expect((error as InvalidEnvError).problems.map((problem) => problem.split(':')[0])).toEqual([
        'S3_REGION',
        'S3_ACCESS_KEY_ID',
        'S3_SECRET_ACCESS_KEY',
        'S3_FORCE_PATH_STYLE',
      ]);
    }
  });

  it('refuses a force-path-style that is not a boolean', () => {
    expect(() => parseApiEnv({ ...baseEnv, ...s3Env(), S3_FORCE_PATH_STYLE: 'yes' })).toThrow(
      /S3_FORCE_PATH_STYLE: must be true or false/,
    );
  });
});

interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

/** Just enough of S3's REST API (path style) to store, read and delete objects. */
function startFakeS3() {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const url = request.url ?? '/';
      const path = url.split('?')[0] ?? '/';
      requests.push({ method: request.method ?? '', url, headers: request.headers });
      const body = await buffer(request);
      if (request.method === 'PUT') {
        objects.set(path, { body, contentType: request.headers['content-type'] ?? '' });
        response.writeHead(200, { etag: '"fake"' }).end();
      } else if (request.method === 'GET' && objects.has(path)) {
        const object = objects.get(path)!;
        response
          .writeHead(200, {
            'content-type': object.contentType,
            'content-length': object.body.length,
          })
          .end(object.body);
      } else if (request.method === 'GET') {
        response
          .writeHead(404, { 'content-type': 'application/xml' })
          .end(
            '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code>' +
              '<Message>The specified key does not exist.</Message></Error>',
          );
      } else if (request.method === 'DELETE') {
        objects.delete(path);
        response.writeHead(204).end();
      } else {
        response.writeHead(405).end();
      }
    })();
  });
  return { server, objects, requests };
}

describe(S3MediaStorage.name, () => {
  let fake: ReturnType<typeof startFakeS3>;
  let server: Server;
  let sut: S3MediaStorage;

  beforeAll(async () => {
    fake = startFakeS3();
    server = fake.server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const settings = s3SettingsOf(parseApiEnv({ ...baseEnv, ...s3Env(endpoint) }));
    sut = new S3MediaStorage(settings!);
  });

  afterAll(async () => {
    sut.destroy();
    server.close();
    await once(server, 'close');
  });

  it('puts objects path-style into the bucket, typed and cacheable forever, signed', async () => {
    await sut.put('abc/320.webp', Buffer.from('webp bytes'), 'image/webp');

    const put = fake.requests.find((request) => request.method === 'PUT');
    expect(put?.url.split('?')[0]).toBe('/noteshop-media/abc/320.webp');
    expect(put?.headers['content-type']).toBe('image/webp');
    expect(put?.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(put?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=test-access-key\//);
    expect(fake.objects.get('/noteshop-media/abc/320.webp')?.body.toString()).toBe('webp bytes');
  });

  it('reads an object back as a stream with its type and size', async () => {
    await sut.put('abc/640.webp', Buffer.from('bigger webp'), 'image/webp');

    const stored = await sut.get('abc/640.webp');

    expect(stored).toMatchObject({ bytes: 11, contentType: 'image/webp' });
    expect((await buffer(stored!.stream)).toString()).toBe('bigger webp');
  });

  it('answers null for a missing key, and deletes', async () => {
    await sut.put('abc/1080.webp', Buffer.from('x'), 'image/webp');
    await sut.delete('abc/1080.webp');

    expect(await sut.get('abc/1080.webp')).toBeNull();
    expect(fake.objects.has('/noteshop-media/abc/1080.webp')).toBe(false);
  });
});
