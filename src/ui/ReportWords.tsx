import type { UiLanguage } from '../i18n/languages';
import { splitReportWords } from '../i18n/report-words';

/**
 * Text in the UI language with the report's quoted words marked `lang="en"`, so a screen reader
 * reads «he added» in English inside a Russian or Kazakh sentence. English text is left as is.
 */
export function ReportWords({ text, language }: { text: string; language: UiLanguage }) {
  if (language === 'en') return <>{text}</>;
  return (
    <>
      {splitReportWords(text).map((piece, i) =>
        piece.report ? (
          <span key={i} lang="en">
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
