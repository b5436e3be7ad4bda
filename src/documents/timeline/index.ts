export { buildTimelineDocument, renderTimelineDocx } from './timeline-docx.js';
export { buildTimelineWorkbook, renderTimelineXlsx, SHEETS as TIMELINE_SHEETS } from './timeline-xlsx.js';
export type { TimelineMeeting } from './timeline-text.js';
