// Journey: An Peeters opens the notification preferences of her Chiro, sees that "Actie nodig" mails cannot be switched
// off, switches decisions to the daily digest and saves; the saved choices come back when she opens the screen again.
// Needs a freshly started demo host (see web/e2e/README.md).
import { start, check, meldAan, tekst, naarTab } from './lib/browser.mjs';

const reis = await start('meldingen');
const { page } = reis;

await meldAan(page, 'An');
await page.getByRole('link', { name: 'Chiro Sint-Jan Gent' }).first().click();
await naarTab(page, 'Meldingen');
await page.getByRole('heading', { level: 2, name: 'Meldingen per e-mail' }).waitFor();
const vragen = page.getByRole('group', { name: /Vragen van een instantie/ });
check(await vragen.getByRole('radio', { name: /Meteen/ }).isChecked(), 'standaard komt een vraag meteen');
check(await vragen.getByRole('radio', { name: /Geen e-mail/ }).isDisabled(), 'een vraag (actie nodig) kan niet helemaal uit');
await reis.scherm('meldingen-voorkeuren');

const beslissingen = page.getByRole('group', { name: /Beslissingen/ });
await beslissingen.getByRole('radio', { name: /Eén keer per dag/ }).check();
await page.getByRole('button', { name: 'Voorkeuren bewaren' }).click();
await page.getByText('Je voorkeuren zijn bewaard.').waitFor();

await naarTab(page, 'Overzicht');
await naarTab(page, 'Meldingen');
await page.getByRole('heading', { level: 2, name: 'Meldingen per e-mail' }).waitFor();
check(await page.getByRole('group', { name: /Beslissingen/ }).getByRole('radio', { name: /Eén keer per dag/ }).isChecked(),
  'de bewaarde keuze staat er weer');
check((await tekst(page)).includes('dagelijkse bundel'), 'het scherm zegt wat er met actie nodig gebeurt');

await reis.einde();
