import { generateKeyPairSync } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../fs/write-file-atomic.js';

/** The RS256 pair Medusa signs customer tokens with; the api only ever gets the public half. */
export interface JwtKeys {
  privateKeyPem: string;
  publicKeyPem: string;
}

/** Reads `<dataDir>/keys/jwt-{private,public}.pem`, generating the pair on first start. */
export async function loadJwtKeys(dataDir: string): Promise<JwtKeys> {
  const dir = path.join(dataDir, 'keys');
  const privateFile = path.join(dir, 'jwt-private.pem');
  const publicFile = path.join(dir, 'jwt-public.pem');
  const [privateKeyPem, publicKeyPem] = await Promise.all([
    readIfExists(privateFile),
    readIfExists(publicFile),
  ]);
  if (privateKeyPem && publicKeyPem) return { privateKeyPem, publicKeyPem };

  const pair = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // Private first: a crash in between leaves no public key, so the next start regenerates both.
  await writeFileAtomic(privateFile, pair.privateKey, 0o600);
  await writeFileAtomic(publicFile, pair.publicKey, 0o644);
  return { privateKeyPem: pair.privateKey, publicKeyPem: pair.publicKey };
}

async function readIfExists(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch(() => undefined);
}
