/**
 * Check-in at a hall, in Chromium with a fake camera (./fake-camera.ts): the QR scanner
 * module reads the code the camera shows, and a new code after the file is written again.
 * Then the operator of a district point, through their link, on the hall's screen: one
 * delegate by the QR code of their invitation, one by a name typed without diacritics,
 * and one while the network is down: the queue survives a reload without network and is
 * sent once when the link returns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conference } from '../../src/domain/conference.schema.js';
import { decodeFrame } from '../../web/src/checkin/qr-scanner.js';
import { firstFrameRgba, showQrCode, y4mOf } from './fake-camera.js';
import { workerCamera } from './chromium.js';
import { ROOT, startHarness, type Harness } from './harness.js';
import { shoot } from './live-helpers.js';

let h: Harness;
let cameraFile = '';

/** web/src/checkin/qr-scanner.ts bundled as a script (the page's CSP allows no inline script; evaluate is not one). */
const scannerBundle = async (): Promise<string> => {
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      write: false,
      minify: false,
      lib: { entry: join(ROOT, 'web/src/checkin/qr-scanner.ts'), formats: ['iife'], name: 'diemcauScanner', fileName: 'scanner' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((file) => file.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return `${chunk.code}\nwindow.diemcauScanner = diemcauScanner;`;
  }
  throw new Error('no bundle of the scanner');
};

const LINK_A = 'http://127.0.0.1/xac-nhan/dai-bieu-nguyen-van-an-0123456789abcdef';
const LINK_B = 'http://127.0.0.1/xac-nhan/dai-bieu-tran-thi-binh-fedcba9876543210';

beforeAll(async () => {
  cameraFile = workerCamera();
  showQrCode(cameraFile, LINK_A);
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('fake camera', () => {
  it('writes a Y4M file whose frame the decoder reads back', () => {
    const frame = firstFrameRgba(readFileSync(cameraFile));
    expect(frame).toMatchObject({ width: 640, height: 480 });
    expect(decodeFrame(frame.data, frame.width, frame.height)).toBe(LINK_A);
    expect(decodeFrame(firstFrameRgba(y4mOf(null)).data, 640, 480)).toBeNull();
  });
});

describe('QR scanner in Chromium', () => {
  it('reads the code from the camera, stops the camera, and reads a new code after the file changes', async () => {
    const { page } = h;
    await page.goto(`${h.baseUrl}/dang-nhap`);
    await page.evaluate(await scannerBundle());
    // One attempt: the text read (null when nothing was read within 20 s), whether the camera
    // was off and the video detached afterwards, and whether any frame reached the video.
    const attempt = () =>
      page.evaluate(async () => {
        const scanner = (window as unknown as { diemcauScanner: typeof import('../../web/src/checkin/qr-scanner.js') }).diemcauScanner;
        const video = document.createElement('video');
        document.body.append(video);
        const stream = () => video.srcObject as MediaStream | null;
        let tracks: MediaStreamTrack[] = [];
        let sawFrames = false;
        const watch = setInterval(() => {
          if (stream()) tracks = stream()!.getTracks();
          if (video.videoWidth > 0) sawFrames = true;
        }, 20);
        let text: string | null = null;
        try {
          text = await scanner.scanOnce(video, AbortSignal.timeout(20_000));
        } catch (error) {
          if (!(error instanceof DOMException && error.name === 'TimeoutError')) throw error;
        } finally {
          clearInterval(watch);
          video.remove();
        }
        return {
          text,
          sawFrames,
          cameraOff: tracks.length > 0 && tracks.every((track) => track.readyState === 'ended'),
          detached: video.srcObject === null,
        };
      });
    // Chromium closes a stopped camera asynchronously: under load, a camera opened again at
    // that moment can attach to the closing device and never get a frame. That (and only
    // that: no frame at all) is tried once more; a camera that shows frames but no code fails.
    const scan = async () => {
      let result = await attempt();
      if (result.text === null && !result.sawFrames) result = await attempt();
      const { text, cameraOff, detached } = result;
      return { text, cameraOff, detached };
    };
    expect(await scan()).toEqual({ text: LINK_A, cameraOff: true, detached: true });
    showQrCode(cameraFile, LINK_B);
    expect(await scan()).toEqual({ text: LINK_B, cameraOff: true, detached: true });
  });
});

describe('the hall screen of a district point', () => {
  let demo: Conference;
  let point: Conference['bridgePoints'][0];
  let page: Page;
  const ids: Record<string, string> = {};
  const inAMonth = () => new Date(Date.now() + 30 * 24 * 60 * 60_000).toISOString();
  const hall = () => `${h.baseUrl}/hoi-nghi/${demo.id}/don-tiep`;
  const delegate = async (id: string) => (await h.api<{ attendance: string }>('GET', `/conferences/${demo.id}/delegates/${id}`)).body;
  const checkInRows = async (id: string) =>
    (await h.services.audit.list({ conferenceId: demo.id, action: 'delegate.check_in', limit: 500 })).filter((row) => row.entityId === id);

  beforeAll(async () => {
    demo = await h.createDemo();
    point = demo.bridgePoints[1]!;
    for (const fullName of ['Phạm Minh Quân', 'Nguyễn Thị Ánh Tuyết', 'Trần Văn Bảy']) {
      const created = await h.api<{ id: string }>('POST', `/conferences/${demo.id}/delegates`, {
        bridgePointId: point.id,
        fullName,
        title: 'Phó Chủ tịch UBND xã',
      });
      ids[fullName] = created.body.id;
    }
    await h.api('POST', `/conferences/${demo.id}/delegates`, {
      bridgePointId: demo.bridgePoints[2]!.id,
      fullName: 'Nguyễn Thị Ánh Nguyệt',
    });
    // The invitation's QR code holds the personal link; the fake camera shows it.
    const personal = await h.api<{ url: string }>('POST', `/conferences/${demo.id}/access-links`, {
      purpose: 'delegate',
      delegateId: ids['Phạm Minh Quân'],
      label: 'Giấy mời',
      expiresAt: inAMonth(),
    });
    showQrCode(cameraFile, `${h.baseUrl}/xac-nhan/${personal.body.url.replace('/l/', '')}`);
    const operator = await h.api<{ url: string }>('POST', `/conferences/${demo.id}/access-links`, {
      purpose: 'operator',
      bridgePointId: point.id,
      label: `Đón tiếp ${point.name}`,
      expiresAt: inAMonth(),
    });
    page = await (await h.newContext()).newPage();
    page.setDefaultTimeout(15_000);
    await page.setViewportSize({ width: 390, height: 844 }); // a phone at the door
    await page.goto(`${h.baseUrl}${operator.body.url}`);
    await page.waitForURL(`**/hoi-nghi/${demo.id}/diem-cau/${point.id}`);
  });

  it('checks one delegate in by the QR code of the invitation and another by a name typed without diacritics', async () => {
    await page.goto(hall());
    await page.getByRole('heading', { level: 1, name: 'Đón tiếp đại biểu' }).waitFor();
    await page.getByText(point.name, { exact: true }).waitFor();
    await page.getByText('Có mặt: 0/3').waitFor();

    await page.getByRole('button', { name: 'Quét mã QR' }).click();
    await page.getByText('Đã điểm danh: Phạm Minh Quân.').waitFor();
    await page.getByText('Có mặt: 1/3').waitFor();
    await page.getByRole('button', { name: 'Dừng quét' }).click();
    expect((await delegate(ids['Phạm Minh Quân']!)).attendance).toBe('present');

    await page.getByLabel('Họ tên, chức vụ hoặc đơn vị').fill('nguyen thi anh');
    const results = page.getByRole('list', { name: 'Kết quả tìm kiếm' });
    await results.getByText('Nguyễn Thị Ánh Tuyết').waitFor();
    expect(await results.getByText('Nguyễn Thị Ánh Nguyệt').count()).toBe(0); // another point's delegate
    await page.getByRole('button', { name: 'Điểm danh: Nguyễn Thị Ánh Tuyết' }).click();
    await page.getByText('Đã điểm danh: Nguyễn Thị Ánh Tuyết.').waitFor();
    await page.getByText('Có mặt: 2/3').waitFor();
    expect((await delegate(ids['Nguyễn Thị Ánh Tuyết']!)).attendance).toBe('present');
  });

  it('queues a check-in made offline, keeps it through a reload without network, and sends it once', async () => {
    const name = 'Trần Văn Bảy';
    // The page's service worker keeps the app on the device.
    await page.waitForFunction(
      async () => Boolean(navigator.serviceWorker.controller) && Boolean(await caches.match('/__diemcau-hall-shell')),
    );
    await page.context().setOffline(true);
    await page.getByText('Mất kết nối – 0 lượt chờ gửi').waitFor();
    await page.getByLabel('Họ tên, chức vụ hoặc đơn vị').fill('tran van bay');
    await page.getByRole('button', { name: `Điểm danh: ${name}` }).click();
    await page.getByText(`Đã lưu ${name} trên máy, sẽ gửi khi có mạng.`).waitFor();
    await page.getByText('Mất kết nối – 1 lượt chờ gửi').waitFor();

    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true); // the page itself came from the device, not the network
    await page.getByRole('heading', { level: 1, name: 'Đón tiếp đại biểu' }).waitFor();
    await page.getByText('Mất kết nối – 1 lượt chờ gửi').waitFor();
    await page.getByLabel('Họ tên, chức vụ hoặc đơn vị').fill('bay');
    await page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByText('Chờ gửi').waitFor();
    expect((await delegate(ids[name]!)).attendance).toBe('unknown');
    expect(await checkInRows(ids[name]!)).toHaveLength(0);

    await page.context().setOffline(false);
    await page.getByText('Có mặt: 3/3').waitFor();
    await page.getByText(/lượt chờ gửi|lượt điểm danh…/).waitFor({ state: 'detached' });
    expect((await delegate(ids[name]!)).attendance).toBe('present');
    expect(await checkInRows(ids[name]!)).toHaveLength(1);
    expect(await page.evaluate(() => localStorage.getItem('diemcau.check-in-queue'))).toContain('"pending":[]');
  });

  it('says a check-in saved offline was sent once the network is back, instead of keeping "sẽ gửi khi có mạng"', async () => {
    const name = 'Lê Thị Tư';
    await h.api('POST', `/conferences/${demo.id}/delegates`, { bridgePointId: point.id, fullName: name });
    await page.goto(hall());
    await page.getByText('Có mặt: 3/4').waitFor();
    await page.context().setOffline(true);
    await page.getByLabel('Họ tên, chức vụ hoặc đơn vị').fill('le thi tu');
    await page.getByRole('button', { name: `Điểm danh: ${name}` }).click();
    const queued = page.getByText(`Đã lưu ${name} trên máy, sẽ gửi khi có mạng.`);
    await queued.waitFor();
    await page.context().setOffline(false);
    await page.getByText(`Đã gửi ${name} (lượt đã lưu trên máy khi mất mạng).`).waitFor();
    await queued.waitFor({ state: 'detached' });
    await page.getByText('Có mặt: 4/4').waitFor();
    await shoot(page, 'check-in-sent-later');
  });
});
