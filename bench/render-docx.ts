/**
 * Renders the seed plan's .docx in-process and prints JSON lines with median, p95 and mean
 * in milliseconds, beside a baseline in the same run: the `docx` library packing a
 * one-paragraph document (the floor any renderer built on it pays).
 * Run: npx tsx bench/render-docx.ts [runs]
 */
import { Document, Packer, Paragraph } from 'docx';
import { seedConference } from '../src/documents/fixtures/seed-conference.js';
import { renderPlanDocx } from '../src/documents/plan-docx.js';
import { report, time } from './stats.js';

const runs = Number(process.argv[2] ?? 200);

export async function benchRenderDocx(count = runs): Promise<void> {
  const conference = seedConference();
  const bytes = (await renderPlanDocx(conference)).length;
  const baseline = await time(() => Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Kế hoạch')] }] })), count);
  report('render-docx/baseline-one-paragraph', { ...baseline });
  const plan = await time(() => renderPlanDocx(conference), count);
  report('render-docx/seed-plan', { ...plan, bytes });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchRenderDocx().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
