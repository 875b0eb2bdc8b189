import { useRef, useState } from 'preact/hooks';
import {
  BackupCancelled,
  type BackupSink,
  exportBackup,
  exportBackupTo,
  type ImportReport,
  importBackup,
  type Progress,
} from '../../lib/db/backup';
import { formatNumber } from '../shared/format';
import { useI18n } from '../shared/i18n';
import { downloadBlob, isoDay, useEnv } from './env';

type Job = { kind: 'export' | 'import'; progress: Progress; abort: AbortController };
/** The File System Access API's writable file, as far as the export uses it. */
type WritableFile = BackupSink & { close(): Promise<void>; abort(): Promise<void> };
type SavePicker = (opts: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<{ createWritable(): Promise<WritableFile> }>;
const BACKUP_FILE_TYPE = { description: 'Zhide backup', accept: { 'application/x-ndjson': ['.ndjson'] } };

export function BackupView() {
  const { t, locale } = useI18n();
  const env = useEnv();
  const { db, now } = env;
  const [job, setJob] = useState<Job | null>(null);
  const [message, setMessage] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [merge, setMerge] = useState(false);
  const lastFile = useRef<File | null>(null);

  const runExport = async () => {
    const abort = new AbortController();
    const name = `zhide-backup-${isoDay(now())}.ndjson`;
    setReport(null);
    setMessage('');
    // Where the browser lets a page write a file as it goes (Chrome), the backup is streamed to it: a database too
    // large for one in-memory Blob (a few hundred MB in Chromium) still exports. Elsewhere, one Blob downloaded.
    const picker = env.download ? undefined : (globalThis as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
    let file: WritableFile | undefined;
    if (picker) {
      try {
        file = await (await picker({ suggestedName: name, types: [BACKUP_FILE_TYPE] })).createWritable();
      } catch (e) {
        setMessage(
          (e as Error).name === 'AbortError' ? t('dashCancelled') : t('dashFailed', String((e as Error).message ?? e)),
        );
        return;
      }
    }
    setJob({ kind: 'export', progress: { phase: 'export', fraction: 0, rows: 0 }, abort });
    const opts = {
      now: now(),
      signal: abort.signal,
      onProgress: (progress: Progress) => setJob((j) => (j ? { ...j, progress } : j)),
    };
    try {
      if (file) {
        try {
          await exportBackupTo(db, file, opts);
          await file.close();
        } catch (e) {
          await file.abort().catch(() => undefined);
          throw e;
        }
      } else downloadBlob(env, await exportBackup(db, opts), name);
      setMessage(t('dashExportDone'));
    } catch (e) {
      setMessage(
        e instanceof BackupCancelled ? t('dashCancelled') : t('dashFailed', String((e as Error).message ?? e)),
      );
    } finally {
      setJob(null);
    }
  };

  const runImport = async (file: File, skipRejected = false) => {
    lastFile.current = file;
    const abort = new AbortController();
    setReport(null);
    setMessage('');
    setJob({ kind: 'import', progress: { phase: 'validate', fraction: 0, rows: 0 }, abort });
    try {
      const r = await importBackup(db, file, {
        mode: merge ? 'merge' : 'replace',
        skipRejected,
        signal: abort.signal,
        onProgress: (progress) => setJob((j) => (j ? { ...j, progress } : j)),
      });
      setReport(r);
      setMessage(
        r.ok
          ? t('dashImportDone', formatNumber(r.written, locale))
          : r.cancelled
            ? t('dashCancelled')
            : r.fatal
              ? t('dashImportCorrupt', r.fatal.line, r.fatal.issue)
              : r.writeError
                ? t('dashImportWriteFailed', r.writeError)
                : t('dashImportRejected', formatNumber(r.rejectedCount, locale)),
      );
    } catch (e) {
      setMessage(t('dashFailed', String((e as Error).message ?? e)));
    } finally {
      setJob(null);
    }
  };

  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">{t('dashData')}</h2>
      <p class="muted">{t('dashBackupIntro')}</p>
      <div class="toolbar">
        <button type="button" class="primary" onClick={runExport} disabled={!!job} data-testid="backup-export">
          {t('dashExportBackup')}
        </button>
        <label class="button" aria-disabled={!!job}>
          {t('dashImportBackup')}
          <input
            type="file"
            accept=".ndjson,.jsonl,.json,application/x-ndjson"
            class="visually-hidden"
            disabled={!!job}
            data-testid="backup-import"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const f = input.files?.[0];
              if (f) void runImport(f);
              input.value = '';
            }}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={merge}
            onChange={(e) => setMerge((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('dashMergeInstead')}
        </label>
      </div>
      {job ? (
        <div class="progress-row" data-testid="backup-progress">
          <progress max={1} value={job.progress.fraction} aria-label={t(`dashPhase_${job.progress.phase}`)} />
          <span>
            {t(`dashPhase_${job.progress.phase}`)} · {Math.round(job.progress.fraction * 100)}% ·{' '}
            {t('dashRows', formatNumber(job.progress.rows, locale))}
          </span>
          <button type="button" onClick={() => job.abort.abort()} data-testid="backup-cancel">
            {t('dashCancel')}
          </button>
        </div>
      ) : null}
      {message ? (
        <p role="status" data-testid="backup-message" class={report && !report.ok ? 'error' : ''}>
          {message}
        </p>
      ) : null}
      {report && report.rejectedCount > 0 ? (
        <div data-testid="import-report">
          <table class="grid">
            <thead>
              <tr>
                <th class="num">{t('dashColLine')}</th>
                <th>{t('dashColTable')}</th>
                <th>{t('dashColIssue')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((r) => (
                <tr key={r.line}>
                  <td class="num">{r.line}</td>
                  <td>{r.table ?? '—'}</td>
                  <td>{r.issue}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.rejectedCount > report.rejected.length ? (
            <p class="muted">
              {t('dashMoreRejected', formatNumber(report.rejectedCount - report.rejected.length, locale))}
            </p>
          ) : null}
          {!report.ok && !report.fatal && lastFile.current ? (
            <button
              type="button"
              onClick={() => lastFile.current && runImport(lastFile.current, true)}
              data-testid="import-valid"
            >
              {t('dashImportValidOnly')}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
