import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner, Text, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang, WorkbookPort } from '../../core';
import type { Engine } from '../../app/engine';
import { UI } from '../i18n';
import { PANE_CSS } from '../styles';
import { usePane } from '../usePane';
import { Findings } from './Findings';
import { StatusCard } from './StatusCard';

export interface AppProps {
  port: WorkbookPort;
  engine: Engine;
  initialLang: Lang;
}

/** The task pane: status, the four actions, the findings. The port is the only way to the workbook. */
export function App({ port, engine, initialLang }: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = UI[lang];
  const { state, checkNow, fillRatios, clearHighlights, createRemediation, openRubric, select } = usePane(port, engine, lang);
  const busy = state.busy !== null;
  const report = state.report;
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'vi' ? 'vi-VN' : 'en-US'}>
      <style>{PANE_CSS}</style>
      <main className="pane">
        <header className="top">
          <Text as="h1" size={500} weight="semibold">
            {t.title}
          </Text>
          <Button size="small" appearance="transparent" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>
            {t.language}
          </Button>
        </header>
        <StatusCard report={report} t={t} lang={lang} />
        <div className="actions" role="toolbar" aria-label={t.title}>
          <Button appearance="primary" onClick={checkNow} disabled={busy}>
            {t.check}
          </Button>
          <Button onClick={fillRatios} disabled={busy || !report?.recognized}>
            {t.fill}
          </Button>
          <Button onClick={createRemediation} disabled={busy || !report?.recognized}>
            {t.remediation}
          </Button>
          <Button onClick={clearHighlights} disabled={busy}>
            {t.clear}
          </Button>
          <Button appearance="subtle" onClick={openRubric} disabled={busy}>
            {t.rubric}
          </Button>
        </div>
        {busy && <Spinner size="tiny" label={t.working} />}
        {state.error && (
          <MessageBar intent="error">
            <MessageBarBody>{state.error}</MessageBarBody>
          </MessageBar>
        )}
        {state.notice && (
          <MessageBar intent="success">
            <MessageBarBody>{state.notice}</MessageBarBody>
          </MessageBar>
        )}
        {report?.recognized && report.derived.length > 0 && <Text>{t.derivable(report.derived.length)}</Text>}
        {report?.recognized && <Findings report={report} lang={lang} t={t} onSelect={select} disabled={busy} />}
      </main>
    </FluentProvider>
  );
}
