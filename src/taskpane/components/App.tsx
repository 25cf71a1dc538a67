import { Button, FluentProvider } from '@fluentui/react-components';
import {
  ArrowTrendingLines20Regular,
  ArrowUndo20Regular,
  Calculator20Regular,
  DocumentMultiple20Regular,
  DataBarVertical20Regular,
  Eraser20Regular,
  LocalLanguage20Regular,
  TextFont20Regular,
  TableAdd20Regular,
  TaskListLtr20Regular,
} from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { debounce, type ChangeFeed } from '../../app/changes';
import type { Lang, WorkbookPort } from '../../core';
import { noteMessage, summarize } from '../../core';
import type { Actions } from '../../app/actions';
import { takeRibbonNotice } from '../../app/notice';
import { UI, rememberLang, storedLang } from '../i18n';
import { PANE_CSS } from '../styles';
import { PANE_THEME } from '../theme';
import { noteGroup, usePane } from '../usePane';
import { Findings } from './Findings';
import { Legend } from './Legend';
import { Busy, Notice, Toggle } from './Controls';
import { StatusCard } from './StatusCard';
import { Changes } from './Changes';
import { FilePick } from './FilePick';

export interface AppProps {
  port: WorkbookPort;
  /** The action layer (tests may pass their own). */
  actions: Actions;
  /** The language when the user has not chosen one on this computer. */
  initialLang: Lang;
  /** When a page around the pane owns the language (the preview), its value and its switch. */
  lang?: Lang;
  onLang?: (lang: Lang) => void;
  /** The user's edits, where the host reports them: the pane then re-checks after each pause in typing. */
  changes?: ChangeFeed | null;
}

/** How long after the last edit the re-check starts. */
export const FOLLOW_DELAY_MS = 600;

/** The task pane at 320 px: status, Kiểm tra, the other actions as a list, the colour key, the findings. */
export function App({ port, actions, initialLang, lang: outer, onLang, changes }: AppProps) {
  const [own, setOwn] = useState<Lang>(() => storedLang() ?? initialLang);
  const lang = outer ?? own;
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const switchLang = () => {
    const next = lang === 'vi' ? 'en' : 'vi';
    // Only a choice the user made is remembered; otherwise Office's language decides next time.
    rememberLang(next);
    if (onLang) onLang(next);
    else setOwn(next);
  };
  const t = UI[lang];
  const {
    state,
    checkNow,
    followEdit,
    fillRatios,
    clearHighlights,
    createRemediation,
    consolidate,
    compare,
    replaceAsked,
    openRubric,
    quickFix,
    toUnicode,
    undo,
    dismiss,
    select,
  } = usePane(port, actions, lang);
  const [follow, setFollow] = useState(changes?.onByDefault ?? false);
  // The ribbon's summary that Excel could not show in its dialog, shown once here.
  const [ribbon, setRibbon] = useState(() => takeRibbonNotice(globalThis.localStorage));
  useEffect(() => {
    if (!changes || !follow) return;
    let editedAt = 0;
    const later = debounce(() => followEdit(editedAt), FOLLOW_DELAY_MS);
    let stop: (() => void) | null = null;
    let live = true;
    void changes
      .subscribe(() => {
        // Where Excel leaves out the pane's own writes itself (triggerSource), no edit is taken for their echo.
        editedAt = changes.exact ? Number.POSITIVE_INFINITY : Date.now();
        later.call();
      })
      .then((s) => (live ? (stop = s) : s()))
      .catch(() => setFollow(false));
    return () => {
      live = false;
      later.cancel();
      stop?.();
    };
  }, [changes, follow, followEdit]);
  const busy = state.busy !== null;
  const report = state.report;
  return (
    <FluentProvider theme={PANE_THEME} lang={lang === 'vi' ? 'vi-VN' : 'en-US'} className="pane-root">
      <style>{PANE_CSS}</style>
      <main className="pane">
        <div className="top">
          <StatusCard report={report} t={t} lang={lang} />
          <Button size="small" appearance="subtle" icon={<LocalLanguage20Regular />} onClick={switchLang} aria-label={t.languageName}>
            {t.language}
          </Button>
        </div>
        <Button appearance="primary" className="primary" icon={<TaskListLtr20Regular />} onClick={checkNow} disabled={busy}>
          {t.check}
        </Button>
        {changes && <Toggle checked={follow} onChange={setFollow} label={t.follow} />}
        {changes === null && <p className="hint">{t.followAbsent}</p>}
        <div className="more" role="group" aria-label={t.more}>
          <Button appearance="subtle" icon={<Calculator20Regular />} onClick={fillRatios} disabled={busy || !report?.recognized}>
            {t.fill}
          </Button>
          <Button
            appearance="subtle"
            icon={<TableAdd20Regular />}
            onClick={() => createRemediation()}
            disabled={busy || !report?.recognized}
          >
            {t.remediation}
          </Button>
          <Button appearance="subtle" icon={<DataBarVertical20Regular />} onClick={openRubric} disabled={busy}>
            {t.rubric}
          </Button>
          <Button appearance="subtle" icon={<Eraser20Regular />} onClick={clearHighlights} disabled={busy}>
            {t.clear}
          </Button>
          <FilePick
            label={t.consolidate}
            icon={<DocumentMultiple20Regular />}
            multiple
            disabled={busy}
            onPick={(files) => void consolidate(files)}
            testId="consolidate-files"
          />
          <FilePick
            label={t.compare}
            icon={<ArrowTrendingLines20Regular />}
            multiple={false}
            disabled={busy}
            onPick={(files) => void compare(files[0])}
            testId="previous-file"
          />
          {report?.findings.some((f) => f.rule === 'text.legacy') && (
            <Button appearance="subtle" icon={<TextFont20Regular />} onClick={toUnicode} disabled={busy}>
              {t.toUnicode}
            </Button>
          )}
          {state.canUndo && (
            <Button appearance="subtle" icon={<ArrowUndo20Regular />} onClick={undo} disabled={busy}>
              {t.undo}
            </Button>
          )}
        </div>
        <div aria-live="polite" className="live">
          {busy && <Busy label={state.progress ? t.progress(state.progress.read, state.progress.total) : t.working} />}
          {ribbon && (
            <Notice intent="success" title={t.titles.ribbon} dismiss={{ label: t.dismiss, onClick: () => setRibbon(null) }}>
              {ribbon[lang]}
            </Notice>
          )}
          {(['error', 'ask', 'warning', 'success'] as const).map((group) => {
            const notes = state.notes.filter((n) => noteGroup(n) === group);
            if (notes.length === 0) return null;
            const text = notes.map((n) => noteMessage(n, lang)).join(' ');
            if (group === 'ask')
              return (
                <Notice
                  key={group}
                  intent="warning"
                  title={t.titles.ask}
                  actions={
                    <>
                      <Button appearance="primary" size="small" onClick={replaceAsked}>
                        {t.replaceSheet}
                      </Button>
                      <Button size="small" onClick={() => dismiss('ask')}>
                        {t.cancel}
                      </Button>
                    </>
                  }
                >
                  {text}
                </Notice>
              );
            return (
              <Notice key={group} intent={group} title={t.titles[group]} dismiss={{ label: t.dismiss, onClick: () => dismiss(group) }}>
                {text}
              </Notice>
            );
          })}
        </div>
        {/* What the last check found, read out by screen readers (the list itself is not announced). */}
        <p className="sr-only" role="status" data-testid="announce">
          {report && !busy ? summarize(report, lang) : ''}
        </p>
        {report?.recognized && report.derived.length > 0 && <p className="derivable">{t.derivable(report.derived.length)}</p>}
        {report?.recognized && <Legend t={t} />}
        {report?.changes && report.changes.length > 0 && <Changes changes={report.changes} lang={lang} t={t} />}
        {report?.recognized && (
          <Findings report={report} lang={lang} t={t} fixes={state.fixes} onSelect={select} onFix={quickFix} disabled={busy} />
        )}
      </main>
    </FluentProvider>
  );
}
