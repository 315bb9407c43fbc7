/**
 * The popup's case import (application certificate and passport MRZ) and the fee look-up, in
 * the built extension. Run `npx wxt build` first. Screenshots go to /tmp/case-import-*.png.
 */
import { expect, openProfilesPage, test } from '../support/extension';
import { storedProfiles } from '../support/stored-profiles';

// Check digits computed independently of the extension's parser (see tests/unit/certificate).
const MRZ = 'P<RUSIVANOV<<IVAN<<<<<<<<<<<<<<<<<<<<<<<<<<<\n7512345672RUS9001158M3303012<<<<<<<<<<<<<<<8';

test.use({ viewport: { width: 420, height: 900 } });

test.beforeEach(async ({ seedStorage }) => {
  await seedStorage({ 'ui:language': 'en' });
});

test('a pasted MRZ and certificate open a prefilled new profile; nothing is saved until Save', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await openProfilesPage(page, extensionId, 'popup.html');
  await page.click('[data-action="case-import"]');
  await page.fill('#case-certificate', 'Başvuru No: 2026-88-0638278\nBaşvuru Tarihi: 01.12.2026');
  await page.fill('#case-mrz', MRZ);
  await page.screenshot({ caret: 'initial', path: '/tmp/case-import-form.png', fullPage: true });
  await page.click('[data-action="case-read"]');

  await expect(page.locator('#field-surname')).toHaveValue('IVANOV');
  await expect(page.locator('#field-givenName')).toHaveValue('IVAN');
  await expect(page.locator('#field-nationality')).toHaveValue('RU');
  await expect(page.locator('#field-birthDate')).toHaveValue('15.01.1990');
  await expect(page.locator('#field-gender')).toHaveValue('male');
  await expect(page.locator('#field-passportNumber')).toHaveValue('751234567');
  await expect(page.locator('#field-passportExpiry')).toHaveValue('01.03.2033');
  await expect(page.locator('#field-applicationNumber')).toHaveValue('2026-88-0638278');
  await page.screenshot({ caret: 'initial', path: '/tmp/case-import-editor.png', fullPage: true });
  expect(await storedProfiles(serviceWorker)).toEqual([]);

  await page.click('[data-action="save"]');
  await expect.poll(async () => (await storedProfiles(serviceWorker)).length).toBe(1);
  expect((await storedProfiles(serviceWorker))[0]).toMatchObject({
    surname: 'IVANOV',
    passportNumber: '751234567',
    applicationNumber: '2026-88-0638278',
  });
});

test('a wrong check digit is refused with a message naming the field, and the input stays', async ({
  page,
  extensionId,
  serviceWorker,
}) => {
  await openProfilesPage(page, extensionId, 'popup.html');
  await page.click('[data-action="case-import"]');
  const mistyped = MRZ.replace('9001158', '9001168');
  await page.fill('#case-mrz', mistyped);
  await page.click('[data-action="case-read"]');
  await expect(page.locator('[data-case-import-error]')).toContainText('check digit of the birth date');
  await expect(page.locator('#case-mrz')).toHaveValue(mistyped);
  await expect(page.locator('#field-surname')).toHaveCount(0);
  await page.screenshot({ caret: 'initial', path: '/tmp/case-import-error.png', fullPage: true });
  expect(await storedProfiles(serviceWorker)).toEqual([]);
});

test('the fee look-up shows the card fee with its year and source', async ({ page, extensionId }) => {
  await openProfilesPage(page, extensionId, 'popup.html');
  await page.getByRole('tab', { name: 'Fees' }).click();
  await expect(page.locator('[data-card-fee-amount]')).toHaveText('964 TL');
  await page.fill('#fee-year', '2027');
  await expect(page.locator('[data-card-fee] [data-fee-outdated]')).toContainText(
    '2027 figure is not published yet',
  );
  await page.screenshot({ caret: 'initial', path: '/tmp/case-import-fees.png', fullPage: true });
});

test('the fee look-up reads right to left in Arabic, with the amount kept intact', async ({
  page,
  extensionId,
  seedStorage,
}) => {
  await seedStorage({ 'ui:language': 'ar' });
  await openProfilesPage(page, extensionId, 'popup.html');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('tab', { name: 'الرسوم' }).click();
  await expect(page.locator('[data-card-fee-amount]')).toContainText('964');
  await page.screenshot({ caret: 'initial', path: '/tmp/case-import-fees-ar.png', fullPage: true });
});
