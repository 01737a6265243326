import type { Triage } from '../../../core/triage/triage-types.js';

type Text = (key: string, vars?: Record<string, unknown>) => string;

/** The verdict for a person: what was found, why, and what helps fulfil it. */
export function explainTriage(t: Text, triage: Triage): string[] {
  const confidence = triage.confidence.toFixed(2);
  const requests = triage.types.filter((type) => type !== 'question');
  const lines = [
    requests.length > 0
      ? t('verdict.request', { types: requests.map((type) => t(`type.${type}`)).join(', '), confidence })
      : triage.types.includes('question')
        ? t('verdict.question', { confidence })
        : t('verdict.none', { confidence }),
  ];
  if (requests.length > 0 && triage.types.includes('question')) lines.push(t('verdict.alsoQuestion'));
  lines.push(t('language', { language: t(`languageName.${triage.language}`) }));
  if (triage.evidence.length === 0) lines.push(t('noEvidence'));
  else {
    lines.push(t('evidenceTitle'));
    for (const e of triage.evidence)
      lines.push(`  - ${t('evidenceLine', { type: t(`type.${e.type}`), phrase: e.phrase })}`);
  }
  if (triage.references.orderNumbers.length > 0) {
    lines.push(t('orderNumbers', { list: triage.references.orderNumbers.join(', ') }));
  }
  if (triage.references.emails.length > 0)
    lines.push(t('emails', { list: triage.references.emails.join(', ') }));
  return lines;
}
