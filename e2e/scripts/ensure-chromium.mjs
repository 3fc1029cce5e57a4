// The e2e suite runs in Debian's Chromium (Playwright's own browser download cannot work
// offline). Install it when missing and allowed; otherwise fail with the exact command — never
// skip the browser tests silently.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.LIQLAB_CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      `Chromium is missing at ${CHROMIUM}. Install it, then run the tests again:\n` +
        '  sudo apt-get update && sudo apt-get install -y chromium\n' +
        '(or set LIQLAB_CHROMIUM_PATH to a Chromium/Chrome binary).',
    );
    process.exit(1);
  }
  console.log('Chromium is missing: installing Debian’s chromium package (apt-get) …');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!existsSync(CHROMIUM)) {
    console.error(`apt-get finished but ${CHROMIUM} is still missing.`);
    process.exit(1);
  }
}
