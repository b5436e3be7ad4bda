#!/usr/bin/env node
/**
 * Compares the tests of two runs by name, to show that a change to the test set-up lost none:
 *
 *   node scripts/compare-test-names.mjs <before> <after> [--write-list <file>]
 *
 * Each side is one or more inputs joined by commas: Vitest JSON reports
 * (`--reporter=json`, e.g. test-results/vitest.json) or name lists written by --write-list.
 * A test is named by its file (relative to the repository) and its full name; the inputs of
 * one side are merged (the two passes of a run), and a test counts as run on a side when any
 * input ran it (passed or failed, not skipped).
 *
 * Prints what only one side has, in three kinds:
 * - moved: the same full name in another file;
 * - one dialect: "… on postgres" gone where "… on sqlite" of the same file remains (the HTTP
 *   layer runs on SQLite unless a test is about a dialect difference: docs/testing.md);
 * - lost: the rest, which must be empty or exact duplicates named in the commit that removed them.
 * Exits 1 when a test is lost or a test that ran before is not run after.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const SEPARATOR = ' › ';

/** Repository-relative path of a test file from an absolute one. */
const relative = (path) => {
  const match = /(?:^|\/)((?:src|test|web|bench)\/.*)$/.exec(path);
  return match ? match[1] : path;
};

/**
 * Vitest's `$dialect` in describe.each quoted the value ("on 'sqlite'"); describeDatabases
 * writes it plain ("on sqlite"). The same suite, so names are compared without those quotes.
 */
const normalize = (name) => name.replace(/ on '(sqlite|postgres)'/g, ' on $1');

/** name -> ran (true when any input ran it) */
const readSide = (inputs) => {
  const tests = new Map();
  const add = (raw, ran) => {
    const name = normalize(raw);
    tests.set(name, (tests.get(name) ?? false) || ran);
  };
  for (const input of inputs.split(',')) {
    const text = readFileSync(input, 'utf8');
    if (input.endsWith('.json')) {
      const report = JSON.parse(text);
      for (const file of report.testResults) {
        for (const test of file.assertionResults) {
          add(`${relative(file.name)}${SEPARATOR}${test.fullName}`, test.status === 'passed' || test.status === 'failed');
        }
      }
    } else {
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        const [mark, ...rest] = line.split(' ');
        add(rest.join(' '), mark === 'ran');
      }
    }
  }
  return tests;
};

const [beforeInputs, afterInputs, ...options] = process.argv.slice(2);
if (!beforeInputs || !afterInputs) {
  console.error('usage: compare-test-names.mjs <before[,before2]> <after[,after2]> [--write-list <file>]');
  process.exit(2);
}
const before = readSide(beforeInputs);
const after = readSide(afterInputs);
const listIndex = options.indexOf('--write-list');
if (listIndex >= 0) {
  const lines = [...after.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, ran]) => `${ran ? 'ran' : 'skipped'} ${name}`);
  writeFileSync(options[listIndex + 1], `${lines.join('\n')}\n`);
}

const fullNameOf = (name) => name.slice(name.indexOf(SEPARATOR) + SEPARATOR.length);
const fileOf = (name) => name.slice(0, name.indexOf(SEPARATOR));
const afterByFullName = new Map();
for (const name of after.keys()) afterByFullName.set(fullNameOf(name), [...(afterByFullName.get(fullNameOf(name)) ?? []), name]);

const httpLayer = (name) => /^test\/(api|realtime)\//.test(fileOf(name));
const moved = [];
const oneDialect = [];
const lost = [];
const notRun = [];
for (const [name, ran] of before) {
  if (after.has(name)) {
    if (ran && !after.get(name)) notRun.push(name);
    continue;
  }
  const elsewhere = afterByFullName.get(fullNameOf(name));
  if (elsewhere) moved.push(`${name}\n      now in ${elsewhere.map(fileOf).join(', ')}`);
  else if (httpLayer(name) && / on postgres\b/.test(name) && after.has(name.replace(/ on postgres\b/, ' on sqlite'))) oneDialect.push(name);
  else lost.push(name);
}
const added = [...after.keys()].filter((name) => !before.has(name) && !moved.some((line) => line.includes(fullNameOf(name))));

const count = (side) => `${side.size} tests, ${[...side.values()].filter(Boolean).length} run`;
console.log(`before: ${count(before)}`);
console.log(`after:  ${count(after)}`);
const section = (title, names) => {
  console.log(`\n${title}: ${names.length}`);
  for (const name of names.sort()) console.log(`  ${name}`);
};
section('moved to another file', moved);
section('HTTP-layer tests now on SQLite only (their "on sqlite" twin remains)', oneDialect);
section('new', added);
section('ran before, skipped after', notRun);
section('LOST', lost);
process.exit(lost.length > 0 || notRun.length > 0 ? 1 : 0);
