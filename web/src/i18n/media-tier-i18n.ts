/**
 * Texts of the media tier of a bridge point (issue 19), Vietnamese first; their own top-level
 * block `mediaTier`, shared by the plan's editor, the roll call and the chair's console.
 */
import i18n from './index.js';
import { mediaTierEn, mediaTierVi } from './media-tier-texts.js';

i18n.addResourceBundle('vi', 'translation', { mediaTier: mediaTierVi }, true, false);
i18n.addResourceBundle('en', 'translation', { mediaTier: mediaTierEn }, true, false);
