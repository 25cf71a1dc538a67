/**
 * The real task pane beside a view of the workbook, in any browser: the same WorkbookPort, over
 * ExcelJS in memory. Open a workbook with the picker or by dropping it; download the result.
 */
import { Button, FluentProvider, MessageBar, MessageBarBody, Tab, TabList, Text, webLightTheme } from '@fluentui/react-components';
import type ExcelJS from 'exceljs';
import { useCallback, useMemo, useState } from 'react';
import type { Lang, WorkbookPort } from '../core';
import { WorkbookError, problemMessage } from '../core';
import { App } from '../taskpane/components/App';
import { CORE_ENGINE } from '../app/engine';
import { createXlsxPort, loadWorkbook, STATE_SHEET } from '../xlsx';
import { Grid } from './Grid';

export interface Opened {
  name: string;
  workbook: ExcelJS.Workbook;
}

const WORDS = {
  vi: { open: 'Mở tệp .xlsx…', download: 'Tải xuống .xlsx', drop: 'hoặc kéo thả tệp vào trang', preview: 'Xem trước — không cần Excel' },
  en: { open: 'Open an .xlsx…', download: 'Download .xlsx', drop: 'or drop a file on the page', preview: 'Preview — no Excel needed' },
};

export function Preview({ initial, lang }: { initial: Opened; lang: Lang }) {
  const [opened, setOpened] = useState<Opened>(initial);
  // A new pane for each opened file; changes to the workbook keep the pane (and its report).
  const [generation, setGeneration] = useState(0);
  const [version, setVersion] = useState(0);
  const [active, setActive] = useState<string>(initial.workbook.worksheets.find((w) => w.state === 'visible')?.name ?? '');
  const [selected, setSelected] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const w = WORDS[lang];

  // The port the pane uses: ExcelJS's, telling the view about every change and selection.
  const port = useMemo<WorkbookPort>(() => {
    const inner = createXlsxPort(opened.workbook);
    return {
      probe: () => inner.probe(),
      load: (regions) => inner.load(regions),
      readFills: (cells) => inner.readFills(cells),
      apply: async (plan) => {
        await inner.apply(plan);
        if (plan.activate) {
          setActive(plan.activate.sheet);
          setSelected(plan.activate.cell ?? null);
        }
        setChanged(true);
        setVersion((v) => v + 1);
      },
      select: async (sheet, cell) => {
        setActive(sheet);
        setSelected(cell);
      },
    };
  }, [opened]);

  const open = useCallback(
    async (file: File) => {
      try {
        const workbook = await loadWorkbook(new Uint8Array(await file.arrayBuffer()));
        setOpened({ name: file.name, workbook });
        setGeneration((g) => g + 1);
        setActive(workbook.worksheets.find((s) => s.state === 'visible')?.name ?? '');
        setSelected(null);
        setChanged(false);
        setError(null);
      } catch (e) {
        setError(e instanceof WorkbookError ? `${file.name}: ${problemMessage(e.problem, lang)}` : `${file.name}: ${String(e)}`);
      }
    },
    [lang],
  );

  const download = useCallback(async () => {
    const buf = await opened.workbook.xlsx.writeBuffer();
    const url = URL.createObjectURL(new Blob([buf], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = opened.name.replace(/\.xlsx$/i, '') + '-cchc.xlsx';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }, [opened]);

  const sheets = opened.workbook.worksheets.filter((s) => s.state === 'visible' && s.name !== STATE_SHEET);
  const sheet = opened.workbook.getWorksheet(active) ?? sheets[0];
  return (
    <FluentProvider theme={webLightTheme}>
      <div
        className="preview"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          const f = e.dataTransfer.files[0];
          if (f) void open(f);
        }}
      >
        <section className="book" aria-label={opened.name}>
          <header className="bar">
            <Text weight="semibold">{opened.name}</Text>
            <Text size={200}>{w.preview}</Text>
            <label className="picker">
              <input
                type="file"
                accept=".xlsx"
                data-testid="file-input"
                onChange={(e) => e.target.files?.[0] && void open(e.target.files[0])}
              />
              <span>{w.open}</span>
            </label>
            <Text size={200}>{w.drop}</Text>
            <Button size="small" onClick={download} disabled={!changed}>
              {w.download}
            </Button>
          </header>
          {error && (
            <MessageBar intent="error">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          {sheet && (
            <Grid key={`${opened.name}:${sheet.name}`} sheet={sheet} selected={sheet.name === active ? selected : null} version={version} />
          )}
          <TabList size="small" selectedValue={sheet?.name} onTabSelect={(_, d) => setActive(String(d.value))} aria-label="Sheets">
            {sheets.map((s) => (
              <Tab key={s.name} value={s.name}>
                {s.name}
              </Tab>
            ))}
          </TabList>
        </section>
        <aside className="pane-frame">
          <App key={generation} port={port} engine={CORE_ENGINE} initialLang={lang} />
        </aside>
      </div>
    </FluentProvider>
  );
}
