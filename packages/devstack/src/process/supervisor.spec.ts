import { afterEach, describe, expect, it } from 'vitest';
import { DevstackError } from '../errors/devstack-error.js';
import { descendants, isAlive } from './process-table.js';
import { Supervisor } from './supervisor.js';

const options = { cwd: process.cwd(), env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } };
// A shell that says goodbye on SIGTERM, then exits.
const politeLoop = 'trap "echo bye; exit 0" TERM; echo up; while true; do sleep 0.05; done';

let lines: string[];
let sut: Supervisor;
const started: Supervisor[] = [];
const newSupervisor = (): Supervisor => {
  lines = [];
  const supervisor = new Supervisor((line) => lines.push(line));
  started.push(supervisor);
  return supervisor;
};
const waitForLine = async (text: string): Promise<void> => {
  for (let i = 0; i < 100 && !lines.includes(text); i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
};

afterEach(async () => {
  await Promise.all(started.splice(0).map((supervisor) => supervisor.stop()));
});

describe(Supervisor.name, () => {
  it('prefixes every output line with the process name', async () => {
    sut = newSupervisor();

    await sut.run('greeter', 'sh', ['-c', 'echo hello; echo world >&2'], options);

    expect(lines).toEqual(expect.arrayContaining(['[greeter] hello', '[greeter] world']));
  });

  it('rejects a failed command with its exit code and last output', async () => {
    sut = newSupervisor();

    const error = await sut
      .run('build', 'sh', ['-c', 'echo compiling; echo "error TS2322" >&2; exit 2'], options)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DevstackError);
    expect((error as DevstackError).message).toContain('build failed (exit code 2)');
    expect((error as DevstackError).message).toContain('error TS2322');
  });

  it('leaves nothing running after a command finishes', async () => {
    sut = newSupervisor();

    await sut.run('daemonizer', 'sh', ['-c', 'sleep 30 & echo "left $!"'], options);

    const left = Number(lines.find((line) => line.startsWith('[daemonizer] left '))?.split(' ')[2]);
    expect(left).toBeGreaterThan(0);
    expect(isAlive(left)).toBe(false);
  });

  it('rejects a command that cannot be started', async () => {
    sut = newSupervisor();

    await expect(sut.run('ghost', '/nonexistent/binary', [], options)).rejects.toThrow(
      'ghost failed (could not start',
    );
  });

  it('stops its services newest first, each with its stop signal', async () => {
    sut = newSupervisor();
    const first = sut.start('first', 'sh', ['-c', politeLoop], options);
    const second = sut.start('second', 'sh', ['-c', politeLoop], options);
    await waitForLine('[second] up');

    await sut.stop();

    expect(lines.filter((line) => line.endsWith('bye'))).toEqual(['[second] bye', '[first] bye']);
    expect(isAlive(first.pid ?? 0)).toBe(false);
    expect(isAlive(second.pid ?? 0)).toBe(false);
  });

  it('kills a process that ignores the stop signal once its time is up', async () => {
    sut = newSupervisor();
    const stubborn = sut.start(
      'stubborn',
      'sh',
      ['-c', 'trap "" TERM; echo up; while true; do sleep 0.05; done'],
      {
        ...options,
        stopTimeoutMs: 300,
      },
    );
    await waitForLine('[stubborn] up');

    await sut.stop();

    expect(isAlive(stubborn.pid ?? 0)).toBe(false);
    expect(lines).toContain('[devstack] stubborn did not stop within 0.3 s; killing it');
  });

  it('leaves no grandchild behind', async () => {
    sut = newSupervisor();
    const parent = sut.start(
      'parent',
      'sh',
      ['-c', 'sleep 30 & sleep 30 & echo up; wait'],
      options,
    );
    await waitForLine('[parent] up');
    const grandchildren = descendants(parent.pid ?? 0);
    expect(grandchildren.length).toBeGreaterThanOrEqual(2);

    await sut.stop();

    for (const pid of grandchildren) expect(isAlive(pid)).toBe(false);
  });

  it('reports a service that exits on its own, but not one it stopped', async () => {
    sut = newSupervisor();
    sut.start('steady', 'sh', ['-c', politeLoop], options);
    sut.start('crashy', 'sh', ['-c', 'sleep 0.1; exit 3'], options);

    const exit = await sut.unexpectedExit;

    expect(exit).toMatchObject({ service: 'crashy', code: 3 });
  });

  it('refuses to start anything once stopping', async () => {
    sut = newSupervisor();
    await sut.stop();

    expect(() => sut.start('late', 'sh', ['-c', 'true'], options)).toThrow(
      'Not starting late: the stack is stopping.',
    );
  });
});
