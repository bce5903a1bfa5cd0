import * as esbuild from 'esbuild';
import fs from 'node:fs';
const files = ['suggest'];
for (const f of files) {
  const path = `src/core/i18n/${f}.ts`;
  const src = fs.readFileSync(path, 'utf8');
  fs.writeFileSync('/tmp/old-cat.ts', src.replace("import { defineMessages } from './define';", 'const defineMessages = (x: any) => x;'));
  const r = await esbuild.build({ entryPoints: ['/tmp/old-cat.ts'], bundle: true, format: 'esm', write: false, platform: 'node' });
  const tmp = `/tmp/cat-${f}.mjs`; fs.writeFileSync(tmp, r.outputFiles[0].text);
  const mod = await import(tmp);
  // Keep each export's leading comment.
  let out = "import { defineMessages } from './define';\n";
  for (const [name, cat] of Object.entries(mod)) {
    const m = new RegExp(`(/\\*\\*(?:(?!\\*/)[^])*\\*/)\\s*export const ${name} =`).exec(src);
    out += `\n${m ? m[1] + '\n' : ''}export const ${name} = defineMessages({\n`;
    for (const key of Object.keys(cat.en)) {
      out += `  ${JSON.stringify(key).replace(/^"([\w.]+)"$/, "'$1'")}: [${[cat.en[key], cat.vi[key], cat.ro[key]].map((s) => JSON.stringify(s)).join(', ')}],\n`;
    }
    out += '});\n';
  }
  fs.writeFileSync(path, out);
}
