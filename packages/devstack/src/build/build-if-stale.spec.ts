import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIfStale, checkFreshness, type BuildStep } from './build-if-stale.js';
import { StampStore } from './stamps.js';

let root: string;
let stamps: StampStore;
let builds: number;
let step: BuildStep;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'devstack-build-'));
  stamps = new StampStore(path.join(root, '.data', 'stamps'));
  await mkdir(path.join(root, 'app', 'src'), { recursive: true });
  await writeFile(path.join(root, 'app', 'src', 'main.ts'), 'one');
  builds = 0;
  step = {
    name: 'app-build',
    inputs: ['app/src'],
    outputs: ['app/dist/main.js'],
    salt: 'build app',
    build: async () => {
      builds += 1;
      await mkdir(path.join(root, 'app', 'dist'), { recursive: true });
      await writeFile(path.join(root, 'app', 'dist', 'main.js'), 'built');
    },
  };
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const sut = (): Promise<string> => buildIfStale(step, root, stamps, () => undefined);

describe(buildIfStale.name, () => {
  it('builds the first time and skips a second run with unchanged inputs', async () => {
    const first = await sut();
    const second = await sut();

    expect(builds).toBe(1);
    expect(second).toBe(first);
  });

  it('rebuilds when an input changes', async () => {
    await sut();
    await writeFile(path.join(root, 'app', 'src', 'main.ts'), 'two');
    await sut();

    expect(builds).toBe(2);
  });

  it('rebuilds when the output disappeared', async () => {
    await sut();
    await rm(path.join(root, 'app', 'dist'), { recursive: true });
    await sut();

    expect(builds).toBe(2);
    expect(existsSync(path.join(root, 'app', 'dist', 'main.js'))).toBe(true);
  });

  it('rebuilds when the build command changes', async () => {
    await sut();
    step = { ...step, salt: 'build app --prod' };
    await sut();

    expect(builds).toBe(2);
  });

  it('records nothing when the build fails, so the next start tries again', async () => {
    step = { ...step, build: () => Promise.reject(new Error('tsc failed')) };

    await expect(sut()).rejects.toThrow('tsc failed');
    expect(await stamps.read('app-build')).toBeUndefined();
  });

  it('fails when the build leaves its output missing', async () => {
    step = { ...step, build: () => Promise.resolve() };

    await expect(sut()).rejects.toThrow('app/dist/main.js is still missing');
  });
});

describe(checkFreshness.name, () => {
  it('says why a step is stale', async () => {
    expect(await checkFreshness(step, root, stamps)).toMatchObject({
      fresh: false,
      reason: 'app/dist/main.js is missing',
    });
    await sut();
    expect(await checkFreshness(step, root, stamps)).toMatchObject({ fresh: true });
    await writeFile(path.join(root, 'app', 'src', 'main.ts'), 'three');
    expect(await checkFreshness(step, root, stamps)).toMatchObject({
      fresh: false,
      reason: 'its sources changed',
    });
  });
});
