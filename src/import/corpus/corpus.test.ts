/**
 * The corpus of convening documents written for this repository (test/fixtures/plans/):
 * every expected element of each document is found after import, from the text and from
 * the Word twin, and no line of the document is lost. See docs/import.md for the figures.
 */
import { describe, expect, it } from 'vitest';
import { importPlan } from '../index.js';
import { docxToLines } from '../read-docx.js';
import { textToLines } from '../plan-lines.js';
import { readCorpus } from './corpus.js';
import { checkElements } from './expected-elements.js';
import { lostLines } from './lost-lines.js';

const corpus = readCorpus();

describe('the corpus of convening documents', () => {
  it('has at least 12 documents, three of them also as Word files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
    expect(corpus.filter((document) => document.files.some((file) => file.fileName.endsWith('.docx'))).length).toBeGreaterThanOrEqual(3);
  });

  for (const document of corpus) {
    for (const file of document.files) {
      it(`${file.fileName}: every expected element, no line lost (${document.expected.describes.slice(0, 80)}…)`, async () => {
        const draft = await importPlan(file);
        const missed = checkElements(document.expected, draft).filter((result) => !result.found);
        expect(missed).toEqual([]);
        const lines = file.fileName.endsWith('.docx') ? await docxToLines(file.data) : textToLines(file.data.toString('utf8'));
        expect(lostLines(lines, draft)).toEqual([]);
      });
    }
  }
});

describe('the element check itself', () => {
  it('names what an importer missed or invented', async () => {
    const document = corpus.find((d) => d.name.startsWith('08-'))!;
    const draft = await importPlan(document.files[0]!);
    const invented = { ...draft, startsAt: '2026-06-01T08:00', chairs: [], addressees: ['Sở Tài chính'] };
    const missed = checkElements(document.expected, invented)
      .filter((result) => !result.found)
      .map((result) => result.element);
    expect(missed).toEqual(expect.arrayContaining(['startsAt', 'addressees.count']));
    expect(missed.some((element) => element.startsWith('chairs['))).toBe(true);
  });

  it('counts a line as lost when its words are nowhere in the draft', async () => {
    const document = corpus.find((d) => d.name.startsWith('02-'))!;
    const draft = await importPlan(document.files[0]!);
    const lines = textToLines(`${document.files[0]!.data.toString('utf8')}\nMột dòng hoàn toàn khác biệt chưa từng xuất hiện.`);
    expect(lostLines(lines, draft)).toEqual(['Một dòng hoàn toàn khác biệt chưa từng xuất hiện.']);
  });
});
