// The study hub's calendar: a cell per day (a column per week, Monday at the top), shaded by its
// number of reviews, each with its date and count as a tooltip, and the months above the weeks.
// The picture is for the eye (role="img"); history.ts puts the same in words beside it.
import { level, longDate, shortMonth, type Calendar } from '../../lib/study/history';

const span = (className: string, text = '') => Object.assign(document.createElement('span'), { className, textContent: text });

export function renderCalendar(grid: HTMLElement, months: HTMLElement, cal: Calendar) {
  grid.style.setProperty('--weeks', String(cal.weeks.length));
  months.style.setProperty('--weeks', String(cal.weeks.length));
  grid.replaceChildren(
    ...cal.weeks.flat().map((d) => {
      if (!d) return span('cell cell-future');
      const cell = span(`cell level-${level(d.count)}`);
      cell.title = `${d.count} ${d.count === 1 ? 'review' : 'reviews'} on ${longDate(d.date)}`;
      return cell;
    }),
  );
  // A month's name over the first week that starts in it, spanning its weeks.
  const labels: HTMLElement[] = [];
  let month = '';
  for (const week of cal.weeks) {
    const m = shortMonth(week[0]!.date);
    if (m !== month) {
      month = m;
      labels.push(span('calendar-month', m));
    }
    const last = labels.at(-1)!;
    last.dataset.weeks = String(Number(last.dataset.weeks ?? 0) + 1);
    last.style.gridColumn = `span ${last.dataset.weeks}`;
  }
  // A month shown for a single week (the first column) has no room for its name.
  for (const l of labels) if (l.dataset.weeks === '1') l.textContent = '';
  months.replaceChildren(...labels);
}
