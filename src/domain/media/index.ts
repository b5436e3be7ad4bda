export * from './media-room.js';
export * from './link-quality.js';
export * from './media-tier.js';
