import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashInputs } from './inputs-hash.js';

let root: string;
const write = async (file: string, content: string): Promise<void> => {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), content);
};

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'devstack-hash-'));
  await write('app/src/index.ts', 'export const a = 1;');
  await write('app/src/deep/util.ts', 'export const b = 2;');
  await write('app/package.json', '{}');
  await write('app/tsconfig.json', '{}');
  await write('app/tsconfig.build.json', '{}');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const INPUTS = ['app/src', 'app/package.json', 'app/tsconfig*.json', 'app/vite.config.ts'];

describe(hashInputs.name, () => {
  it('is stable while nothing changes', async () => {
    expect(await hashInputs(root, INPUTS)).toBe(await hashInputs(root, INPUTS));
  });

  it('changes when a nested source file changes', async () => {
    const before = await hashInputs(root, INPUTS);
    await write('app/src/deep/util.ts', 'export const b = 3;');

    expect(await hashInputs(root, INPUTS)).not.toBe(before);
  });

  it('changes when a file is added, renamed or removed', async () => {
    const before = await hashInputs(root, INPUTS);
    await write('app/src/new.ts', '');
    const added = await hashInputs(root, INPUTS);
    await rm(path.join(root, 'app/src/new.ts'));
    await write('app/src/renamed.ts', '');
    const renamed = await hashInputs(root, INPUTS);

    expect(new Set([before, added, renamed]).size).toBe(3);
  });

  it('changes when a file matched by a pattern changes', async () => {
    const before = await hashInputs(root, INPUTS);
    await write('app/tsconfig.build.json', '{"compilerOptions":{}}');

    expect(await hashInputs(root, INPUTS)).not.toBe(before);
  });

  it('changes when a missing input appears', async () => {
    const before = await hashInputs(root, INPUTS);
    await write('app/vite.config.ts', 'export default {};');

    expect(await hashInputs(root, INPUTS)).not.toBe(before);
  });

  it('ignores tests, build output and installed modules', async () => {
    const before = await hashInputs(root, INPUTS);
    await write('app/src/index.spec.ts', 'test');
    await write('app/src/dist/index.js', 'built');
    await write('app/src/node_modules/x/index.js', 'dep');

    expect(await hashInputs(root, INPUTS)).toBe(before);
  });

  it('ignores files outside the inputs', async () => {
    const before = await hashInputs(root, INPUTS);
    await write('app/README.md', 'docs');

    expect(await hashInputs(root, INPUTS)).toBe(before);
  });
});
