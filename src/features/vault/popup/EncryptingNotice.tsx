import { resumeIfUnfinished } from '../../../profile/vault/encrypt-all';
import { ResumingNotice, type ResumingNoticeProps } from './ResumingNotice';

/**
 * Shown while the vault exists but its records are not all sealed yet: during the encryption the
 * setup form started, or after a popup was closed half way. It finishes (or waits for) that
 * encryption; the settings, which say "encrypted", appear only when it is done.
 */
export function EncryptingNotice(props: ResumingNoticeProps) {
  return (
    <ResumingNotice {...props} resume={resumeIfUnfinished} busy="setup.busy" marker="data-vault-encrypting" />
  );
}
