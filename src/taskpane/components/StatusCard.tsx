import { Badge, Caption1, Card, CardHeader, Text } from '@fluentui/react-components';
import type { Lang, Report } from '../../core';
import { formatNumber } from '../../core';
import type { Strings } from '../i18n';

export function StatusCard({ report, t, lang }: { report: Report | null; t: Strings; lang: Lang }) {
  if (!report)
    return (
      <Card>
        <Text>{t.notChecked}</Text>
      </Card>
    );
  const l = report.layout;
  return (
    <Card aria-live="polite">
      <CardHeader
        header={
          <Text weight="semibold">
            <Badge color={report.recognized ? 'success' : 'danger'} shape="circular" size="small" style={{ marginRight: 8 }} />
            {report.recognized ? t.found : t.notFound}
          </Text>
        }
      />
      {l ? (
        <dl className="status">
          <dt>{t.sheet}</dt>
          <dd>
            {l.sheet}{' '}
            <Caption1>
              ({t.headerRow} {l.headerRow})
            </Caption1>
          </dd>
          <dt>{t.year}</dt>
          <dd>{l.year ?? '—'}</dd>
          <dt>{t.office}</dt>
          <dd>{l.office ?? '—'}</dd>
          {report.score && (
            <>
              <dt>{t.score}</dt>
              <dd data-testid="score">
                {t.scoreOf(formatNumber(report.score.achieved, lang), formatNumber(report.score.possible, lang))}{' '}
                <Caption1>({t.rubricFrom[report.rubric.source]})</Caption1>
              </dd>
            </>
          )}
        </dl>
      ) : (
        <Text>{report.reason}</Text>
      )}
    </Card>
  );
}
