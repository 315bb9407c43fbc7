import type { Translate } from '../../../i18n/translate';
import type { VaultSession } from '../../../profile/vault/session';
import { VaultSetupForm } from './VaultSetup';

/**
 * Without encryption, after "Not now" (or after turning it off): at the top of the page, the
 * state and a way to turn encryption on at any time.
 */
export function VaultOff({
  t,
  session,
  everStored,
  turnedOff,
  onDone,
}: {
  readonly t: Translate;
  readonly session: VaultSession;
  readonly everStored: boolean;
  /** Encryption was just turned off here: say that every profile was kept. */
  readonly turnedOff: boolean;
  readonly onDone: () => void;
}) {
  return (
    <section class="vault-bar" aria-label={t('settings.title')} data-vault-off>
      {turnedOff ? (
        <p class="small" role="status" data-vault-turned-off>
          {t('off.done')}
        </p>
      ) : null}
      <details class="vault-settings">
        <summary data-vault-turn-on>{t('off.summary')}</summary>
        <p class="small">{t('off.state')}</p>
        <VaultSetupForm t={t} session={session} everStored={everStored} onDone={onDone} />
      </details>
    </section>
  );
}
