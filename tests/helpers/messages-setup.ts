/** The code under test and the components read the compiled message catalog: compile it first (a no-op when fresh). */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup() {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../bin/compile-messages.mjs', import.meta.url))]);
}
