import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGES = fileURLToPath(new URL('../..', import.meta.url));

/** Which packages each may import: a package imports only those below it. */
const BELOW: Record<string, string[]> = {
  store: [],
  ingest: ['store'],
  generate: ['store'],
  schema: ['store', 'ingest'],
  sdk: [],
  page: ['sdk'],
  server: ['store', 'ingest', 'generate', 'schema', 'page'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist' || name === 'generated') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) ? [path] : [];
  });
}

const specifiers = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'/g)].map(
    (m) => m[1] as string,
  );

describe('the package layout', () => {
  it('has exactly the packages the direction names', () => {
    const found = readdirSync(PACKAGES).filter((d) => statSync(join(PACKAGES, d)).isDirectory());
    expect(found.sort()).toEqual(Object.keys(BELOW).sort());
  });

  for (const [name, below] of Object.entries(BELOW)) {
    const root = join(PACKAGES, name);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const declared = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
      .filter((d) => d.startsWith('@claimline/'))
      .map((d) => d.slice('@claimline/'.length));

    it(`${name} depends only on packages below it`, () => {
      expect(declared.filter((d) => !below.includes(d))).toEqual([]);
    });

    it(`${name}'s sources import only what package.json declares, never another package's files by path`, () => {
      const wrong: string[] = [];
      for (const file of sourceFiles(join(root, 'src'))) {
        for (const spec of specifiers(file)) {
          const at = relative(PACKAGES, file);
          if (spec.startsWith('@claimline/') && !declared.includes(spec.slice(11).split('/')[0] ?? ''))
            wrong.push(`${at} imports undeclared ${spec}`);
          if (spec.startsWith('.') && !resolve(dirname(file), spec).startsWith(root))
            wrong.push(`${at} reaches into ${spec}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it(`${name} has an explicit index (no export *)`, () => {
      const index = readFileSync(join(root, 'src', 'index.ts'), 'utf8');
      expect(index).not.toMatch(/export \* from/);
    });
  }
});
