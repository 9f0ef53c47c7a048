// Tables in a document's cleaned text. The analysis writes an HTML or DOCX table as lines of cells separated by
// " | " (markdown tables look the same), and a plain-text table may separate its cells by tabs. A line with two
// bars or more, or without bars but with a tab, splitting into two cells or more is a row; two rows or more in a
// row are a table; a markdown rule line (|---|:--:|) inside it is skipped. Every cell keeps its offsets in
// the cleaned text, so the indicators' value spans (which use those offsets) can be highlighted in their cells.

const MIN_ROWS = 2;
const RULE = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

/** The cells of one line as [{start, end}] (trimmed, offsets in the text), or null when it is no table row. */
export function rowCells(text, lineStart, lineEnd) {
  const line = text.slice(lineStart, lineEnd);
  // two bars at least, as the analysis's own table reader wants: one bar is as likely prose ("甲|乙") as a row
  const bars = line.split('|').length - 1;
  const separator = bars >= 2 ? '|' : bars === 0 && line.includes('\t') ? '\t' : null;
  if (!separator) return null;
  const cells = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === separator) {
      let a = from, b = i;
      while (a < b && /\s/.test(line[a])) a++;
      while (b > a && /\s/.test(line[b - 1])) b--;
      cells.push({ start: lineStart + a, end: lineStart + b });
      from = i + 1;
    }
  }
  // "| a | b |" has an empty cell before the first and after the last bar: the frame, not cells
  if (separator === '|') {
    if (cells.length && cells[0].start === cells[0].end) cells.shift();
    if (cells.length && cells[cells.length - 1].start === cells[cells.length - 1].end) cells.pop();
  }
  return cells.length >= 2 ? cells : null;
}

/** The tables of text as [{start, end, rows: [[{start, end}]]}], start and end covering whole lines. */
export function findTables(text) {
  const tables = [];
  let current = null;
  const close = () => {
    if (current && current.rows.length >= MIN_ROWS) tables.push(current);
    current = null;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (current && RULE.test(line.trim())) {
      current.end = lineEnd;
    } else {
      const cells = rowCells(text, lineStart, lineEnd);
      if (cells) {
        if (!current) current = { start: lineStart, end: lineEnd, rows: [] };
        current.rows.push(cells);
        current.end = lineEnd;
      } else {
        close();
      }
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  close();
  return tables;
}
