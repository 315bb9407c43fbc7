/**
 * The in-page assistant's background requests, registered on import: message catalogues, the
 * overlay's recognition tables and stylesheet, the per-tab application session, the live
 * findings, the document checklist and its printable page.
 */
import './messages-handler';
import './overlay-assets-handler';
import './application-session-handler';
import './assess-handler';
import './checklist-handler';
import './checklist-print-handler';
import './option-choice-handler';
import './taught-handler';
