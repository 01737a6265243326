import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/app/create-logger.js';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, destination };
}

const TICKET = `Hej,
Jag heter Anna Svensson (personnummer 850709-9805) och vill att ni raderar mitt konto.
Min e-post är anna.svensson@example.se och jag nås på +46 70 123 45 67 eller 08-720 07 97.
Återbetalning till SE45 5000 0000 0583 9825 7466 tack.
Groeten, Jan de Vries, jan.devries@voorbeeld.nl, 06-12345678, BSN 123456782`;

describe('createLogger', () => {
  it('scrubs e-mail addresses, phone numbers, identity numbers and IBANs anywhere in a message', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'info', destination });
    logger.info({ ticketId: '123', note: TICKET }, `processing: ${TICKET}`);
    const out = lines.join('');
    for (const secret of [
      'anna.svensson@example.se',
      '850709-9805',
      '+46 70 123 45 67',
      '08-720 07 97',
      'SE45 5000 0000 0583 9825 7466',
      'jan.devries@voorbeeld.nl',
      '06-12345678',
      '123456782',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('"ticketId":"123"');
    expect(out).toContain('[email]');
    expect(out).toContain('[phone]');
  });

  it('drops known personal and free-text fields entirely, in child loggers too', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'info', destination }).child({ taskId: 't-1' });
    logger.warn(
      { requester: { email: 'x@y.se', name: 'Anna' }, subject: 'Radera mitt konto', description: TICKET },
      'seen',
    );
    const entry = JSON.parse(lines[0] as string);
    expect(entry.taskId).toBe('t-1');
    expect(entry.requester).toBe('[redacted]');
    expect(entry.subject).toBe('[redacted]');
    expect(entry.description).toBe('[redacted]');
  });

  it('keeps ids, dates and counts intact', () => {
    const { lines, destination } = capture();
    createLogger({ level: 'info', destination }).info(
      {
        taskId: '550e8400-e29b-41d4-a716-446655440000',
        due: '2025-12-29',
        dueAt: '2025-12-29T22:59:59.999Z',
        count: 42,
      },
      'task created',
    );
    const entry = JSON.parse(lines[0] as string);
    expect(entry.taskId).toBe('550e8400-e29b-41d4-a716-446655440000');
    expect(entry.due).toBe('2025-12-29');
    expect(entry.dueAt).toBe('2025-12-29T22:59:59.999Z');
    expect(entry.count).toBe(42);
  });

  it('keeps record ids whose digit runs look like phone numbers or identity numbers, next to redacted text', () => {
    const ids = [
      '01302185-4f09-4e5e-a43f-1ed2d12b4be1',
      '0a259856-4963-49ec-aa7e-5eb3451793f2',
      '85070999-8050-4000-8000-123456789012',
      '06123456-7812-4abc-8def-061234567812',
    ];
    const { lines, destination } = capture();
    createLogger({ level: 'info', destination }).info(
      { taskIds: ids },
      `task ${ids[0]} for 06-12345678 and ${ids[1]}, ${ids[2]}; ${ids[3]} anna@example.se`,
    );
    const entry = JSON.parse(lines[0] as string);
    expect(entry.taskIds).toEqual(ids);
    expect(entry.msg).toBe(`task ${ids[0]} for [phone] and ${ids[1]}, ${ids[2]}; ${ids[3]} [email]`);
  });
});
