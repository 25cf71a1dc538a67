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
