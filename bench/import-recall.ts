/**
 * Element recall of the importer over the corpus of convening documents
 * (test/fixtures/plans/): for each document and format, the expected elements found, the
 * lines lost, and the elements missed. Run: npx tsx bench/import-recall.ts [--misses]
 */
import { importPlan } from '../src/import/index.js';
import { readCorpus } from '../src/import/corpus/corpus.js';
import { checkElements } from '../src/import/corpus/expected-elements.js';
import { lostLines } from '../src/import/corpus/lost-lines.js';
import { textToLines } from '../src/import/plan-lines.js';

const showMisses = process.argv.includes('--misses');
let found = 0;
let total = 0;
let lost = 0;
const rows: string[] = [];
for (const document of readCorpus()) {
  for (const file of document.files) {
    const draft = await importPlan(file);
    const results = checkElements(document.expected, draft);
    const hits = results.filter((r) => r.found).length;
    const lines = file.fileName.endsWith('.txt') ? lostLines(textToLines(file.data.toString('utf8')), draft) : [];
    found += hits;
    total += results.length;
    lost += lines.length;
    rows.push(`| ${file.fileName} | ${hits}/${results.length} | ${((100 * hits) / results.length).toFixed(1)} % | ${lines.length} |`);
    if (showMisses) {
      for (const miss of results.filter((r) => !r.found))
        console.error(`${file.fileName}: ${miss.element} (got ${JSON.stringify(miss.got)?.slice(0, 160)})`);
      for (const line of lines) console.error(`${file.fileName}: LOST ${line}`);
    }
  }
}
console.log('| file | elements found | recall | lines lost |');
console.log('| --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(`| **all** | **${found}/${total}** | **${((100 * found) / total).toFixed(1)} %** | **${lost}** |`);
