/**
 * The class server's own pages, rendered here: the students' sign-in page and the teacher's live
 * view. Every value is escaped; the only script is `TEACHER_SCRIPT`, served from this server (the
 * page's policy allows no other), which reloads the live part every 2 seconds.
 */
import type { StudentRow, TeacherView } from './classroom.ts';

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const STYLE = `
  :root { color-scheme: light; font-family: system-ui, sans-serif; color: #1d2330; background: #f6f7fa; }
  body { margin: 0; }
  main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1.25rem; }
  h1 { font-size: 1.5rem; margin: 0 0 0.25rem; display: flex; align-items: center; gap: 0.5rem; }
  .card { background: #fff; border: 1px solid #d9dde6; border-radius: 8px; padding: 1.25rem; }
  .signin { max-width: 24rem; margin: 12vh auto 0; }
  label { display: block; font-weight: 600; margin: 1rem 0 0.35rem; }
  input[type=text] { font: inherit; font-size: 1.4rem; letter-spacing: 0.15em; padding: 0.4rem 0.6rem;
    width: 100%; box-sizing: border-box; border: 1px solid #b8bfcc; border-radius: 6px; text-transform: uppercase; }
  input.name { letter-spacing: normal; text-transform: none; font-size: 1rem; width: 16rem; }
  button { font: inherit; padding: 0.45rem 1rem; border-radius: 6px; border: 1px solid #2f5bd3;
    background: #2f5bd3; color: #fff; cursor: pointer; margin-top: 1rem; }
  .muted { color: #5d6678; }
  .error { color: #b42318; margin: 0.75rem 0 0; }
  table { border-collapse: collapse; width: 100%; background: #fff; }
  th, td { text-align: left; padding: 0.45rem 0.6rem; border-bottom: 1px solid #e3e6ee; vertical-align: top; }
  td.nowrap, th { white-space: nowrap; }
  th { font-size: 0.85rem; color: #5d6678; font-weight: 600; }
  code.code { font-size: 1.05rem; letter-spacing: 0.08em; }
  .state { border-radius: 999px; padding: 0.05rem 0.55rem; font-size: 0.85rem; background: #eceff4; }
  .state.online { background: #dcf5e3; color: #14622e; }
  .state.signed-in { background: #e6edff; color: #2743a0; }
  .summary { margin: 1rem 0 0.6rem; }
  .scroll { overflow-x: auto; border: 1px solid #d9dde6; border-radius: 8px; }
  table tr:last-child td { border-bottom: none; }
  .queue { margin-top: 1rem; }
  ol { margin: 0.35rem 0 0; padding-left: 1.4rem; }
  form.add { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin-top: 1rem; }
  form.add label { margin-top: 0; }
  form.add button { margin-top: 0; }
`;

function page(title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><link rel="icon" href="/favicon.svg"><style>${STYLE}</style>${script}</head>
<body>${body}</body></html>`;
}

const LOGO = '<img src="/favicon.svg" alt="" width="28" height="28">';

export function signInPage(message?: string): string {
  return page(
    'LayerLab: sign in',
    `<main><form class="card signin" method="post" action="/signin">
  <h1>${LOGO} LayerLab class</h1>
  <p class="muted">Type the code your teacher gave you. Your labs and runs are your own.</p>
  <label for="code">Your code</label>
  <input id="code" name="code" type="text" autocomplete="off" autocapitalize="characters"
    spellcheck="false" maxlength="12" placeholder="K7QM-2P" required autofocus>
  ${message ? `<p class="error" role="alert">${escapeHtml(message)}</p>` : ''}
  <button type="submit">Sign in</button>
</form></main>`,
  );
}

const percent = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);

function studentRow(s: StudentRow): string {
  const runs = s.runs
    ? `${s.runs.running} running · ${s.runs.queued} queued · ${s.runs.done} done`
    : '–';
  const latest = s.latest
    ? `${escapeHtml(s.latest.name)}: epoch ${s.latest.epoch}/${s.latest.epochs} · val_accuracy ${percent(s.latest.valAccuracy)}`
    : '–';
  return `<tr data-student="${escapeHtml(s.id)}">
  <td>${escapeHtml(s.name)}</td><td class="nowrap"><code class="code">${escapeHtml(s.code)}</code></td>
  <td class="nowrap"><span class="state ${s.state.replace(/ /g, '-')}">${s.state}</span></td>
  <td>${s.lab ? escapeHtml(s.lab) : '–'}</td><td data-field="runs">${runs}</td><td>${latest}</td></tr>`;
}

/** The part of the teacher's page that the script reloads. */
export function teacherLive(view: TeacherView): string {
  const queue = view.queue.length
    ? `<ol>${view.queue.map((q) => `<li>${escapeHtml(q.student)}: ${escapeHtml(q.run)}</li>`).join('')}</ol>`
    : '<p class="muted">No run is waiting.</p>';
  const online = view.students.filter((s) => s.state === 'online').length;
  return `<p class="summary"><strong>${online} of ${view.students.length}</strong> students online · <strong>${view.running} of ${view.maxTrainers}</strong> trainers busy (${view.perStudent} per student at most) · <strong>${view.queue.length}</strong> ${view.queue.length === 1 ? 'run' : 'runs'} waiting</p>
<div class="scroll"><table>
<thead><tr><th>Student</th><th>Code</th><th>Now</th><th>Lab open</th><th>Runs</th><th>Latest run</th></tr></thead>
<tbody>${view.students.map(studentRow).join('\n') || '<tr><td colspan="6" class="muted">No students yet: add them below.</td></tr>'}</tbody>
</table></div>
<section class="card queue" aria-label="Waiting for a trainer"><strong>Waiting for a trainer</strong>${queue}</section>`;
}

export function teacherPage(view: TeacherView, token: string, message?: string): string {
  return page(
    'LayerLab: class',
    `<main><h1>${LOGO} Your class</h1>
<p class="muted">Students sign in at this server's address with their code. This page updates every 2 seconds<span id="updated"></span>.</p>
<div id="live">${teacherLive(view)}</div>
<form class="add card" method="post" action="/teacher/add">
  <input type="hidden" name="token" value="${escapeHtml(token)}">
  <div><label for="name">Add student</label>
  <input id="name" class="name" name="name" type="text" maxlength="80" required placeholder="Name"></div>
  <button type="submit">Add student</button>
  ${message ? `<p class="error" role="alert">${escapeHtml(message)}</p>` : ''}
</form></main>`,
    '<script src="/teacher.js" defer></script>',
  );
}

/** Reloads `#live` every 2 s; each request has a 5 s deadline, and a failure is said, not thrown. */
export const TEACHER_SCRIPT = `
const live = document.getElementById('live');
const updated = document.getElementById('updated');
const rows = '/teacher/live' + location.search;
async function tick() {
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(), 5000);
  try {
    const response = await fetch(rows, { signal: controller.signal, cache: 'no-store' });
    if (!response.ok) throw new Error('status ' + response.status);
    live.innerHTML = await response.text();
    updated.textContent = ' (last at ' + new Date().toLocaleTimeString() + ')';
  } catch {
    updated.textContent = ': the class server does not answer; trying again';
  } finally {
    clearTimeout(deadline);
    setTimeout(tick, 2000);
  }
}
setTimeout(tick, 2000);
`;
