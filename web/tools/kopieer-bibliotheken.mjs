// Copies the front end's only library, oidc-client-ts (its self-contained browser build, global `oidc`), from
// node_modules into web/vendor. Runs after `npm ci` (postinstall) and before `azd` uploads web/ (azure.yaml), so the
// static front end keeps no build step and the repository keeps no copy of the library.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const doel = path.join(root, 'web', 'vendor');
mkdirSync(doel, { recursive: true });
for (const bestand of ['oidc-client-ts.min.js']) {
  copyFileSync(path.join(root, 'node_modules', 'oidc-client-ts', 'dist', 'browser', bestand), path.join(doel, bestand));
}
console.log(`oidc-client-ts gekopieerd naar ${path.relative(root, doel)}/`);
