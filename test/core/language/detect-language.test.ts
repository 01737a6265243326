import { describe, expect, it } from 'vitest';
import { detectLanguage, guessLanguage } from '../../../src/core/language/detect-language.js';

describe('detectLanguage', () => {
  it.each([
    ['hoe lang bewaren jullie mijn gegevens?', 'nl'],
    ['how long do you keep my data?', 'en'],
    ['hur länge sparar ni mina uppgifter?', 'sv'],
    ['wie lange speichert ihr meine Daten?', 'de'],
    ['kan ni radera mitt konto', 'sv'],
    ['ich möchte meine daten löschen', 'de'],
    ['verwijder mijn account aub', 'nl'],
    ['delete my account pls', 'en'],
  ] as const)('%s → %s', (text, language) => {
    expect(detectLanguage(text, 'en')).toBe(language);
  });

  it('falls back when nothing marks one of the four languages', () => {
    expect(detectLanguage('12345', 'sv')).toBe('sv');
    expect(detectLanguage('', 'de')).toBe('de');
    expect(detectLanguage('¿Dónde está mi pedido?', 'nl')).toBe('nl');
  });

  it('reads the body of an e-mail with a greeting, a signature and an English footer', () => {
    const mail = [
      'Hallo,',
      '',
      'ik heb vorig jaar iets besteld en ik wil graag weten welke gegevens jullie nog van mij hebben.',
      'Kunnen jullie die ook verwijderen?',
      '',
      'Met vriendelijke groet,',
      'Jan Jansen',
      'Sent from my iPhone',
    ].join('\n');
    expect(detectLanguage(mail, 'en')).toBe('nl');
    const swedish =
      'Hej!\nJag vill att ni tar bort alla mina uppgifter, tack.\nMvh Anna\n\nThis e-mail is confidential.';
    expect(detectLanguage(swedish, 'en')).toBe('sv');
  });

  it('reports how sure it is', () => {
    const clear = guessLanguage('Kunnen jullie mijn gegevens verwijderen alstublieft?');
    expect(clear.language).toBe('nl');
    expect(clear.confidence).toBeGreaterThan(0.6);
    expect(guessLanguage('ok').confidence).toBeLessThan(1);
  });
});
