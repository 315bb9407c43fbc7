import { resumeDecryption } from '../../../profile/vault/decrypt-all';
import { ResumingNotice, type ResumingNoticeProps } from './ResumingNotice';

/**
 * Shown while turning encryption off is not finished (a popup closed half way): it finishes the
 * decryption with the unlocked key; the page then shows encryption as off.
 */
export function DecryptingNotice(props: ResumingNoticeProps) {
  return (
    <ResumingNotice {...props} resume={resumeDecryption} busy="off.resuming" marker="data-vault-decrypting" />
  );
}
