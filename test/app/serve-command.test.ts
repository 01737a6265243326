import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/run-cli-captured.js';

describe('serve command', () => {
  it('refuses a bad port with the usage, before opening anything', async () => {
    const run = await runCliCaptured(['serve', '--port', '70000'], {
      DATABASE_URL: 'sqlite::memory:',
      STAFF_LOCALE: 'sv',
    });
    expect(run.code).toBe(2);
    expect(run.err).toContain('--port måste vara ett heltal');
    expect(run.err).toContain('Usage: privacy-assistant serve');
  });

  it('refuses unknown flags', async () => {
    const run = await runCliCaptured(['serve', '--prot', '3000'], { DATABASE_URL: 'sqlite::memory:' });
    expect(run.code).toBe(2);
    expect(run.err).toContain('--prot');
  });

  it('reports an invalid Zendesk configuration by variable name', async () => {
    const run = await runCliCaptured(['serve', '--port', '0'], {
      DATABASE_URL: 'sqlite::memory:',
      ZENDESK_API_TOKEN: 'x',
    });
    expect(run.code).toBe(78);
    expect(run.err).toContain('ZENDESK_EMAIL');
  });
});
