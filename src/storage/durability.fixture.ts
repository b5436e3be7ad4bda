/**
 * Child process of the durability test: writes one conference through the service into
 * the SQLite database of the given directory, prints its id, then dies by SIGKILL without
 * closing anything (no checkpoint, no clean shutdown).
 */
import { ONE_POINT } from '../domain/conference-rules.js';
import { createConferenceService } from '../services/conference-service.js';
import { openDatabase } from './database.js';
import { migrateToLatest } from './migrate.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: durability.fixture.ts <dataDir>');
const database = await openDatabase({ dataDir });
await migrateToLatest(database);
const service = createConferenceService(database);
const conference = await service.create({ title: 'Hội nghị trực tuyến tỉnh Đồng Tháp', startsAt: '2021-07-07T08:00' });
await service.addBridgePoint(conference.id, {
  name: 'Điểm cầu Tỉnh',
  address: '',
  quota: 40,
  kind: 'hall',
  isHost: true,
  operatorName: '',
  operatorPhone: '',
  operatorEmail: '',
  unitCode: null,
  ...ONE_POINT,
});
process.stdout.write(`${conference.id}\n`, () => process.kill(process.pid, 'SIGKILL'));
