import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeDatabases, type TestDatabase } from '../storage/test-databases.js';
import { createServices, type Services } from './index.js';
import { pointInput, rejection } from './testing.js';

describeDatabases('the media tier of bridge points on $dialect', ({ open }) => {
  let database: TestDatabase;
  let services: Services;
  let conferenceId: string;
  beforeEach(async () => {
    database = await open();
    services = createServices(database);
    conferenceId = (await services.conferences.create({ title: 'Hội nghị', startsAt: '2026-03-02T08:00' })).id;
  });
  afterEach(() => database.close());
  const s = () => services.conferences;

  it('keeps a point without a tier to its kind (null), and a tier given on create or change', async () => {
    // Callers that know nothing of tiers (importers, old clients) leave it out.
    const { name: _n, mediaTier: _t, groupCount: _g, ...rest } = pointInput('x');
    const byKind = await s().addBridgePoint(conferenceId, { ...rest, name: 'UBND xã Tân Hộ Cơ', kind: 'commune' });
    const watching = await s().addBridgePoint(conferenceId, pointInput('Hội trường Sở Y tế', { mediaTier: 'watching' }));
    expect(byKind.points[0]).toMatchObject({ mediaTier: null });
    expect(watching.points[0]).toMatchObject({ mediaTier: 'watching' });

    await s().updateBridgePoint(conferenceId, byKind.id, { mediaTier: 'interactive' });
    await s().updateBridgePoint(conferenceId, watching.id, { mediaTier: null });
    const listed = await s().listBridgePoints(conferenceId, { limit: 10 });
    expect(listed.items.map((p) => [p.name, p.mediaTier])).toEqual([
      ['UBND xã Tân Hộ Cơ', 'interactive'],
      ['Hội trường Sở Y tế', null],
    ]);
    const plan = await s().get(conferenceId);
    expect(plan.bridgePoints.map((p) => p.mediaTier)).toEqual(['interactive', null]);
  });

  it('carries the tier of a group of points, and refuses a tier that is not one', async () => {
    const group = await s().addBridgePoint(
      conferenceId,
      pointInput('Các điểm cầu cấp xã', { kind: 'commune', groupCount: 228, mediaTier: 'watching' }),
    );
    expect(group.points[0]).toMatchObject({ groupCount: 228, mediaTier: 'watching' });
    const refused = await rejection(s().updateBridgePoint(conferenceId, group.id, { mediaTier: 'broadcast' as unknown as 'watching' }));
    expect(refused).toMatchObject({ status: 400 });
  });

  it('copies the tiers when the plan is duplicated', async () => {
    await s().addBridgePoint(conferenceId, pointInput('Hội trường', { mediaTier: 'watching' }));
    const copy = await s().duplicate(conferenceId, { shiftYears: 0 });
    expect(copy.bridgePoints.map((p) => p.mediaTier)).toEqual(['watching']);
  });
});
