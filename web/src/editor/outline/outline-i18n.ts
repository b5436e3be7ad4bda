/** Texts of the outline (bố cục văn bản) section, Vietnamese first; merged under `outline`. */
import i18n from '../../i18n/index.js';

const vi = {
  intro:
    'Các mục của văn bản đúng như văn bản gốc: số thứ tự, tiêu đề và loại. Mục thuộc loại đã biết được in từ dữ liệu đã soạn (thời gian, thành phần, chương trình…); mục “Khác” được in nguyên văn.',
  empty: 'Văn bản chưa có bố cục riêng: khi in, các mục theo mẫu kế hoạch.',
  numbering: 'Số thứ tự',
  numberingOf: 'Số thứ tự của mục {{name}}',
  heading: 'Tiêu đề',
  headingOf: 'Tiêu đề mục {{n}}',
  kind: 'Loại',
  kindOf: 'Loại của mục {{name}}',
  kinds: {
    purpose: 'Mục đích, yêu cầu',
    time_place: 'Thời gian, địa điểm',
    form: 'Hình thức',
    participants: 'Thành phần',
    agenda: 'Nội dung, chương trình',
    assignments: 'Phân công thực hiện',
    documents: 'Tài liệu',
    budget: 'Kinh phí',
    organisation: 'Công tác tổ chức',
    other: 'Khác (in nguyên văn)',
  },
  paragraphs_one: '{{count}} đoạn văn',
  paragraphs_other: '{{count}} đoạn văn',
  untitled: '(không có tiêu đề)',
  textOf: 'Nội dung mục {{name}}',
  textHint: 'Mỗi dòng một đoạn; dòng bắt đầu bằng “- ” là một ý gạch đầu dòng, “+ ” là ý cấp dưới.',
  add: 'Thêm mục',
};

const en: typeof vi = {
  intro:
    "The document's sections as the original has them: numbering, heading and kind. A section of a known kind prints from the plan's data (time, participants, programme…); an “Other” section prints as written.",
  empty: 'The document has no outline of its own: it prints with the plan template’s sections.',
  numbering: 'Number',
  numberingOf: 'Number of section {{name}}',
  heading: 'Heading',
  headingOf: 'Heading of section {{n}}',
  kind: 'Kind',
  kindOf: 'Kind of section {{name}}',
  kinds: {
    purpose: 'Purpose and requirements',
    time_place: 'Time and place',
    form: 'Form',
    participants: 'Participants',
    agenda: 'Content, programme',
    assignments: 'Assignments',
    documents: 'Documents',
    budget: 'Budget',
    organisation: 'Organisation',
    other: 'Other (printed as written)',
  },
  paragraphs_one: '{{count}} paragraph',
  paragraphs_other: '{{count}} paragraphs',
  untitled: '(no heading)',
  textOf: 'Text of section {{name}}',
  textHint: 'One paragraph per line; a line starting with “- ” is a list item, “+ ” one level in.',
  add: 'Add a section',
};

i18n.addResourceBundle('vi', 'translation', { outline: vi }, true, false);
i18n.addResourceBundle('en', 'translation', { outline: en }, true, false);
