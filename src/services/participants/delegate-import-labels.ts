/** How a participant group is named in a delegate list (import, export and the delegates screen alike). */
export const participantGroupLabel = (group: { organisation: string; text: string }): string =>
  group.organisation.trim() ||
  group.text
    .trim()
    .replace(/^[-–•+]\s*/, '')
    .replace(/[;.,]+$/, '');
