#!/usr/bin/env node
// Builds reference/administrative-units/vn-2025.json from the CSV lists of the 2025 reform
// (provinces.csv, communes.csv; their README names the source and its caveats), so the
// product ships them as one dated list with a hierarchy: provinces, and under each its
// commune-level units. Usage: node scripts/units-from-csv.mjs <folder with the CSVs>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2] ?? '../shared/data/vn-units-2025';

/** One CSV line into fields: quoted fields may hold commas; no field holds a newline here. */
const fields = (line) => {
  const out = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        current += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
};

const read = (file) => {
  const [header, ...lines] = readFileSync(join(folder, file), 'utf8').split(/\r?\n/).filter(Boolean);
  const names = fields(header);
  return lines.map((line) => Object.fromEntries(fields(line).map((value, i) => [names[i], value.normalize('NFC')])));
};

const provinces = read('provinces.csv');
const communes = read('communes.csv');
const KIND = { city: 'city', province: 'province', ward: 'ward', commune: 'commune' };
const units = [];
for (const province of provinces) {
  units.push({ code: province.code, name: province.fullName, kind: KIND[province.type] ?? 'province', parentCode: null });
  for (const commune of communes.filter((c) => c.provinceCode === province.code)) {
    // fullName is "Phường Rạch Giá, Tỉnh An Giang": the unit's own name is before the comma.
    units.push({
      code: commune.code,
      name: commune.fullName.split(',')[0].trim(),
      kind: KIND[commune.type] ?? 'commune',
      parentCode: province.code,
    });
  }
}
const orphans = communes.filter((c) => !provinces.some((p) => p.code === c.provinceCode));
if (orphans.length > 0) throw new Error(`${orphans.length} communes name no known province`);

const list = {
  id: 'vn-2025',
  name: 'Đơn vị hành chính cấp tỉnh và cấp xã sau sắp xếp năm 2025',
  validOn: '2025-07-01',
  source:
    'Kho mã nguồn công khai khanhk8a/vn-geo (csv/provinces.csv, csv/wards.csv, bản ngày 12/7/2025), do tác giả tổng hợp từ báo chí và thông báo của Bộ Nội vụ; mã đơn vị là mã riêng của kho đó, không phải mã của Tổng cục Thống kê.',
  note: `${provinces.length} đơn vị cấp tỉnh, ${communes.length} đơn vị cấp xã (số chính thức: 3.321; đặc khu được tính là xã). Danh sách do người tổng hợp thu thập, có thể có sai sót: người dùng có thể sửa hoặc nhập danh sách mới hơn.`,
  units,
};
const out = new URL('../reference/administrative-units/vn-2025.json', import.meta.url);
writeFileSync(out, JSON.stringify(list, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`${provinces.length} provinces, ${communes.length} commune-level units -> ${out.pathname}`);
