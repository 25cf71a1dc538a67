/**
 * Tests that drive an outside program (Chromium, LibreOffice) run where it is installed; under CI
 * (.ci/run installs them and sets CI) a missing program is a failure, never a skip.
 */
import { existsSync } from 'fs';

export function describeWith(program: string, name: string, body: () => void): void {
  if (existsSync(program) || process.env.CI) describe(name, body);
  else {
    console.warn(`${program} is not installed: “${name}” is skipped here (CI installs it).`);
    describe.skip(name, body);
  }
}

/** A test that needs outside programs: run where `ready` (and always under CI), else skipped with a warning naming it and `missing`. */
export function testWith(ready: boolean, missing: string, name: string, fn: jest.ProvidesCallback, timeout?: number): void {
  if (ready || process.env.CI) return test(name, fn, timeout);
  console.warn(`SKIPPED “${name}”: ${missing} is not installed here; CI installs it (.ci/run) and runs this test.`);
  test.skip(name, fn, timeout);
}
