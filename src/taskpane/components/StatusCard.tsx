import { Badge, Caption1, Card, CardHeader, Text } from '@fluentui/react-components';
import type { Report } from '../../core';
import type { Strings } from '../i18n';

export function StatusCard({ report, t }: { report: Report | null; t: Strings }) {
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
        </dl>
      ) : (
        <Text>{report.reason}</Text>
      )}
    </Card>
  );
}
