// Placeholder assembler: copies the wasm-bindgen output into the package
// directory. (To be replaced by the full npm package layout.)
import { cpSync, rmSync, mkdirSync } from 'node:fs';
const [from, to] = process.argv.slice(2);
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
cpSync(from, to, { recursive: true });
