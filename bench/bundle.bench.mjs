// Size of the Apps Script bundle and the time to evaluate it cold, as every custom-function recalculation may.
import fs from 'node:fs';
import vm from 'node:vm';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function run({ runs = 30 } = {}) {
  const code = fs.readFileSync(path.join(root, 'dist/Code.js'), 'utf8');
  const sidebar = fs.readFileSync(path.join(root, 'dist/Sidebar.html'), 'utf8');
  // A baseline evaluated the same way: a script of the same size that only declares a string.
  const baseline = `var x = ${JSON.stringify('x'.repeat(code.length))};`;
  const time = (source) => {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const script = new vm.Script(source, { filename: `cold-${i}.js` });
      const context = vm.createContext({});
      const start = performance.now();
      script.runInContext(context);
      samples.push(performance.now() - start);
    }
    return median(samples);
  };
  // Compile + evaluate, as a cold start pays both.
  const coldTotal = (source) => {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const context = vm.createContext({});
      const start = performance.now();
      vm.runInContext(`${source}\n//# sourceURL=cold-total-${i}.js`, context);
      samples.push(performance.now() - start);
    }
    return median(samples);
  };
  return {
    codeKB: Buffer.byteLength(code) / 1024,
    sidebarKB: Buffer.byteLength(sidebar) / 1024,
    evalMs: time(code),
    coldMs: coldTotal(code),
    baselineColdMs: coldTotal(baseline),
  };
}

export function report(r) {
  return [
    `dist/Code.js          ${r.codeKB.toFixed(1)} KB (target ≤ 80 KB)`,
    `dist/Sidebar.html     ${r.sidebarKB.toFixed(1)} KB (target ≤ 60 KB)`,
    `cold compile+evaluate ${r.coldMs.toFixed(2)} ms median (target < 5 ms); evaluate only ${r.evalMs.toFixed(2)} ms; ` +
      `same-size string script ${r.baselineColdMs.toFixed(2)} ms → ratio ${(r.coldMs / r.baselineColdMs).toFixed(1)}×`,
  ].join('\n');
}
