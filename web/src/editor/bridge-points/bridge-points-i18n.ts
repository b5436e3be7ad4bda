/**
 * Texts of groups of points, lent halls and the national conference down to the commune
 * level, Vietnamese first; merged under `bridgePoints` when the section's chunk loads.
 */
import i18n from '../../i18n/index.js';

const vi = {
  group: {
    badge_one: 'Nhóm {{count}} điểm cầu',
    badge_other: 'Nhóm {{count}} điểm cầu',
    venuePattern: 'Nơi đặt mỗi điểm cầu',
    invitedBy: 'Đại biểu do … mời',
    edit: 'Sửa nơi đặt, người mời',
    invitedByLine: 'do {{who}} mời',
    quotaEach: 'mỗi điểm',
    operators: 'Mỗi điểm cầu có cán bộ phụ trách riêng',
    expand: 'Mở rộng thành từng điểm',
    expandNamed: 'Mở rộng thành từng điểm: {{name}}',
    expandSaveFirst: 'Lưu các thay đổi trước khi mở rộng nhóm.',
    noList: 'Nhóm không gắn với danh mục đơn vị hành chính nên không tự mở rộng được.',
  },
  lentBy: 'Hội trường do cơ quan khác bố trí',
  lentByOf: 'Cơ quan bố trí hội trường cho {{name}}',
  lentByLine: 'hội trường do {{who}} bố trí',
  more: 'Chi tiết khác',
  totals: {
    points_one: 'Tổng cộng {{n}} điểm cầu',
    points_other: 'Tổng cộng {{n}} điểm cầu',
    detail: '{{named}} điểm cầu có tên và {{groups}} nhóm ({{inGroups}} điểm cầu)',
  },
  national: {
    title: 'Điểm cầu toàn quốc đến cấp xã',
    intro:
      'Tạo trong một bước: một điểm cầu cho mỗi tỉnh, thành phố và các điểm cầu cấp xã. Tỉnh được chọn dưới đây có từng điểm cầu cấp xã; các tỉnh khác giữ các xã thành một nhóm (có thể mở rộng sau).',
    noLists: 'Chưa có danh mục đơn vị hành chính nào có cấp tỉnh và cấp xã.',
    list: 'Danh mục đơn vị hành chính',
    validOn: 'Hiệu lực từ',
    source: 'Nguồn',
    note: 'Lưu ý',
    expand: 'Tỉnh, thành phố tạo từng điểm cầu cấp xã',
    communes_one: '{{count}} đơn vị cấp xã',
    communes_other: '{{count}} đơn vị cấp xã',
    filter: 'Lọc tỉnh, thành phố',
    venuePattern: 'Nơi đặt điểm cầu cấp xã',
    invitedBy: 'Đại biểu cấp xã do … mời',
    invitedByPlaceholder: 'Chủ tịch UBND cấp tỉnh',
    preview:
      'Sẽ tạo {{provinces}} điểm cầu cấp tỉnh, {{named}} điểm cầu cấp xã có tên và {{groups}} nhóm gồm {{inGroups}} điểm cầu cấp xã: tổng {{total}} điểm cầu.',
    skipped: 'Đơn vị đã có điểm cầu (hoặc tỉnh đã có nhóm) được bỏ qua.',
    create: 'Tạo điểm cầu toàn quốc',
    saveFirst: 'Lưu các thay đổi ở bảng trên trước khi tạo thêm điểm cầu.',
  },
  paged: {
    intro:
      'Hội nghị có {{points}} điểm cầu ({{rows}} dòng), nhiều hơn {{limit}}: danh sách dưới đây được tải dần theo trang khi cuộn. Tìm theo tên hoặc địa chỉ (gõ có dấu hay không dấu đều được), lọc theo loại và tỉnh, thành phố.',
    search: 'Tìm điểm cầu',
    searchHint: 'Ví dụ: phuong ha dong',
    anyKind: 'Mọi loại',
    province: 'Tỉnh, thành phố',
    anyProvince: 'Mọi tỉnh, thành phố',
    loading: 'Đang tải danh sách điểm cầu…',
    failed: 'Không tải được danh sách điểm cầu. Hãy thử lại.',
    none: 'Không có điểm cầu nào khớp với điều kiện tìm.',
    count: 'Đang hiển thị {{shown}} điểm cầu{{more}}.',
    more: ', cuộn xuống để tải thêm',
    edit: 'Sửa',
    editOf: 'Sửa điểm cầu {{name}}',
    save: 'Lưu điểm cầu',
    cancel: 'Huỷ',
    operatorName: 'Cán bộ phụ trách',
    operatorPhone: 'Điện thoại',
    operatorEmail: 'Thư điện tử',
    elsewhere: 'Hội nghị có {{points}} điểm cầu: quá nhiều để liệt kê ở đây. Danh sách đầy đủ, có tìm kiếm, ở mục Điểm cầu.',
  },
};

const en: typeof vi = {
  group: {
    badge_one: 'Group of {{count}} point',
    badge_other: 'Group of {{count}} points',
    venuePattern: 'Where each point sits',
    invitedBy: 'Participants invited by',
    edit: 'Edit the venue and the inviter',
    invitedByLine: 'invited by {{who}}',
    quotaEach: 'each',
    operators: 'Each point has its own operator',
    expand: 'Expand into named points',
    expandNamed: 'Expand into named points: {{name}}',
    expandSaveFirst: 'Save your changes before expanding a group.',
    noList: 'This group is not tied to a list of administrative units, so it cannot be expanded automatically.',
  },
  lentBy: 'Hall lent by another body',
  lentByOf: 'Body that lends the hall for {{name}}',
  lentByLine: 'hall lent by {{who}}',
  more: 'More details',
  totals: {
    points_one: '{{n}} bridge point in all',
    points_other: '{{n}} bridge points in all',
    detail: '{{named}} named points and {{groups}} groups ({{inGroups}} points)',
  },
  national: {
    title: 'National conference down to the commune level',
    intro:
      'In one step: one point per province and the commune-level points. The provinces chosen below get one named point per commune; the others keep their communes as one group each (expandable later).',
    noLists: 'No list of administrative units with provinces and communes.',
    list: 'List of administrative units',
    validOn: 'Valid from',
    source: 'Source',
    note: 'Caveat',
    expand: 'Provinces whose communes become named points',
    communes_one: '{{count}} commune-level unit',
    communes_other: '{{count}} commune-level units',
    filter: 'Filter provinces',
    venuePattern: 'Where each commune point sits',
    invitedBy: 'Commune participants invited by',
    invitedByPlaceholder: 'Chair of the provincial People’s Committee',
    preview:
      'Will create {{provinces}} province points, {{named}} named commune points and {{groups}} groups of {{inGroups}} commune points: {{total}} points in all.',
    skipped: 'Units that already have a point (or provinces that already have a group) are skipped.',
    create: 'Create the national points',
    saveFirst: 'Save the changes in the table above before creating more points.',
  },
  paged: {
    intro:
      'This conference has {{points}} bridge points ({{rows}} rows), more than {{limit}}: the list below loads page by page as you scroll. Search by name or address (with or without diacritics), filter by kind and province.',
    search: 'Search bridge points',
    searchHint: 'E.g. phuong ha dong',
    anyKind: 'Any kind',
    province: 'Province or city',
    anyProvince: 'Any province',
    loading: 'Loading the bridge points…',
    failed: 'The bridge points could not be loaded. Try again.',
    none: 'No bridge point matches the search.',
    count: 'Showing {{shown}} bridge points{{more}}.',
    more: '; scroll down to load more',
    edit: 'Edit',
    editOf: 'Edit bridge point {{name}}',
    save: 'Save the point',
    cancel: 'Cancel',
    operatorName: 'Operator',
    operatorPhone: 'Phone',
    operatorEmail: 'E-mail',
    elsewhere:
      'This conference has {{points}} bridge points: too many to list here. The full list, with search, is in the Bridge points section.',
  },
};

i18n.addResourceBundle('vi', 'translation', { bridgePoints: vi }, true, false);
i18n.addResourceBundle('en', 'translation', { bridgePoints: en }, true, false);
