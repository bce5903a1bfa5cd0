// The publishing path of the add-on, with clasp (needs `npx clasp login` first; never run by tests or CI):
//   node scripts/addon.mjs create    a standalone Apps Script project for this repository (.clasp.json)
//   node scripts/addon.mjs push      build, then push dist/ to that project (what test deployments run)
//   node scripts/addon.mjs version   build, push, and save an immutable version for the Marketplace SDK
// An Editor add-on is a standalone project: a script bound to a spreadsheet cannot be published, and it
// never runs onOpen in AuthMode.NONE, so it would not show what a real install does.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const claspFile = path.join(root, '.clasp.json');
const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });
const clasp = (...args) => run(process.execPath, [path.join(root, 'node_modules/@google/clasp/build/src/index.js'), ...args]);
const scriptId = () => (fs.existsSync(claspFile) ? JSON.parse(fs.readFileSync(claspFile, 'utf8')).scriptId : undefined);

function requireProject() {
  const id = scriptId();
  if (!id || id === PLACEHOLDER) {
    console.error('No Apps Script project yet: run `npm run addon:create` first (after `npx clasp login`).');
    process.exit(1);
  }
}

function build() {
  run(process.execPath, [path.join(root, 'scripts/build.mjs')]);
}

const commands = {
  create() {
    const id = scriptId();
    if (id && id !== PLACEHOLDER) {
      console.error(`.clasp.json already names project ${id}; delete it to create another.`);
      process.exit(1);
    }
    // clasp refuses to overwrite .clasp.json, and the committed one only holds the placeholder.
    fs.rmSync(claspFile, { force: true });
    clasp('create-script', '--type', 'standalone', '--title', 'ICP Toolkit', '--rootDir', 'dist');
    console.log('Created. Next: `npm run addon:push`, then a test deployment (README, "Deploying to Google Sheets").');
    console.log('Do not commit .clasp.json with your script id: `git update-index --skip-worktree .clasp.json`.');
  },
  push() {
    requireProject();
    build();
    clasp('push', '--force');
  },
  version() {
    requireProject();
    build();
    clasp('push', '--force');
    clasp('create-version', `ICP Toolkit ${pkg.version}`);
    console.log('Enter the version number printed above in the Marketplace SDK (App Configuration → Sheets add-on → Script version).');
  },
};

const command = commands[process.argv[2]];
if (!command) {
  console.error(`usage: node scripts/addon.mjs ${Object.keys(commands).join(' | ')}`);
  process.exit(1);
}
command();
