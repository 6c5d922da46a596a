/**
 * A class server's students: the roster, sign-in sessions (with a limit on wrong codes per
 * address), one `StudentService` per student over `<class dir>/students/<id>/` made at first sign-in,
 * one trainer queue the whole class shares, and what the teacher's live view shows.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { BackendReport, RunSummary } from '../../contract/api.ts';
import { FINISHED_STATUSES } from '../../contract/api.ts';
import { said } from '../../contract/errors.ts';
import { logIfInternal } from '../../engine/errors.ts';
import type { TrainerPort } from '../../engine/protocol.ts';
import { TrainerQueue } from '../../engine/trainer-queue.ts';
import { RunStore } from '../../store/run-store.ts';
import { cleanName, normalizeCode, Roster, showCode, type Student } from './roster.ts';
import { StudentService } from './student-service.ts';

export interface ClassroomOptions {
  dir: string;
  dataDirs: string[];
  spawnTrainer: () => TrainerPort;
  probeBackend: () => Promise<BackendReport>;
  maxTrainers: number;
  perStudent: number;
}

/** Wrong codes an address may try in `WINDOW_MS` before it has to wait. */
export const MAX_WRONG_CODES = 10;
const WINDOW_MS = 60_000;

export const WRONG_CODE = 'That code is not on the class list: check it with your teacher.';
export const TOO_MANY =
  'Too many wrong codes from this computer: wait a minute, then ask your teacher for your code.';

export type SignIn =
  | { ok: true; session: string; student: Student }
  | { ok: false; status: 401 | 429; message: string };

export interface StudentRow {
  id: string;
  name: string;
  code: string;
  state: 'online' | 'signed in' | 'not signed in';
  lab: string | null;
  runs: { running: number; queued: number; done: number } | null;
  latest: { name: string; epoch: number; epochs: number; valAccuracy: number | null } | null;
}

export interface TeacherView {
  students: StudentRow[];
  queue: { position: number; student: string; run: string }[];
  running: number;
  maxTrainers: number;
  perStudent: number;
}

export class Classroom {
  readonly roster: Roster;
  readonly queue: TrainerQueue;
  private readonly describers = new TrainerQueue(2);
  private readonly sessions = new Map<string, string>();
  private readonly services = new Map<string, StudentService>();
  private readonly sockets = new Map<string, number>();
  private readonly wrong = new Map<string, number[]>();
  private backend: Promise<BackendReport> | null = null;

  constructor(private readonly options: ClassroomOptions) {
    this.roster = new Roster(options.dir);
    this.queue = new TrainerQueue(options.maxTrainers, options.perStudent);
  }

  studentsDir(): string {
    return path.join(this.options.dir, 'students');
  }

  signIn(typed: string, address: string, now = Date.now()): SignIn {
    const recent = (this.wrong.get(address) ?? []).filter((t) => now - t < WINDOW_MS);
    this.wrong.set(address, recent);
    if (recent.length >= MAX_WRONG_CODES) return { ok: false, status: 429, message: TOO_MANY };
    const student = this.roster.byCode(normalizeCode(String(typed).slice(0, 40)));
    if (!student) {
      recent.push(now);
      return { ok: false, status: 401, message: WRONG_CODE };
    }
    const session = randomBytes(24).toString('base64url');
    this.sessions.set(session, student.id);
    return { ok: true, session, student };
  }

  signOut(session: string): void {
    this.sessions.delete(session);
  }

  studentOf(session: string | undefined): Student | null {
    const id = session ? this.sessions.get(session) : undefined;
    return (id && this.roster.byId(id)) || null;
  }

  addStudent(name: string): Student {
    return this.roster.add(cleanName(name, said('error_roster_new_student')));
  }

  /** The student's own service, made (and its folder and run store) at the first call. */
  serviceFor(student: Student): StudentService {
    let service = this.services.get(student.id);
    if (service) return service;
    const appDir = path.join(this.studentsDir(), student.id);
    const spawnTrainer = this.options.spawnTrainer;
    service = new StudentService(student.name, {
      host: 'browser',
      pathPolicy: 'sandboxed',
      store: new RunStore(path.join(appDir, 'runs.sqlite')),
      appDir,
      dataDirs: this.options.dataDirs,
      spawnTrainer,
      probeBackend: () => (this.backend ??= this.options.probeBackend()),
      trainers: this.queue.forOwner(student.id),
      describers: this.describers,
    });
    this.services.set(student.id, service);
    return service;
  }

  /** A student's page connected (+1) or closed (-1). */
  connected(student: Student, change: 1 | -1): void {
    this.sockets.set(student.id, (this.sockets.get(student.id) ?? 0) + change);
  }

  async view(): Promise<TeacherView> {
    const signedIn = new Set(this.sessions.values());
    const students = await Promise.all(
      this.roster.students.map(async (s): Promise<StudentRow> => {
        const service = this.services.get(s.id);
        const runs = service ? await this.runsOf(service) : null;
        const latestRun = runs?.[0];
        const heard = latestRun && service!.lastEpoch.get(latestRun.id);
        return {
          id: s.id,
          name: s.name,
          code: showCode(s.code),
          state: this.sockets.get(s.id)
            ? 'online'
            : signedIn.has(s.id)
              ? 'signed in'
              : 'not signed in',
          lab: service?.labName ?? null,
          runs: runs && {
            running: runs.filter((r) => r.status === 'running' || r.status === 'paused').length,
            queued: runs.filter((r) => r.status === 'queued').length,
            done: runs.filter((r) => FINISHED_STATUSES.includes(r.status)).length,
          },
          latest: latestRun
            ? {
                name: latestRun.name,
                epoch: heard?.epoch ?? latestRun.epochsDone,
                epochs: latestRun.epochsPlanned,
                valAccuracy: heard ? heard.valAccuracy : latestRun.bestValAccuracy,
              }
            : null,
        };
      }),
    );
    const names = new Map(this.roster.students.map((s) => [s.id, s.name]));
    const queue = this.queue.line().map((w) => ({
      position: w.position,
      student: names.get(w.owner) ?? w.owner,
      run: this.runName(w.owner, w.label),
    }));
    const running = this.roster.students.reduce((n, s) => n + this.queue.runningFor(s.id), 0);
    const { maxTrainers, perStudent } = this.options;
    return { students, queue, running, maxTrainers, perStudent };
  }

  private async runsOf(service: StudentService): Promise<RunSummary[] | null> {
    try {
      return await service.listRuns();
    } catch (e) {
      // A student's damaged store costs that row its numbers, not the teacher's view.
      logIfInternal(e, 'the teacher view');
      return null;
    }
  }

  private runName(owner: string, runId: string): string {
    try {
      return this.services.get(owner)?.runName(runId) ?? 'a run';
    } catch {
      return 'a run';
    }
  }

  /** Stops every student's runs (their finished epochs are kept) and closes their stores. */
  async close(): Promise<void> {
    const services = [...this.services.values()];
    const timeout = new Promise((resolve) => setTimeout(resolve, 5000).unref());
    await Promise.race([Promise.all(services.map((s) => s.runs.stopAll())), timeout]);
    for (const service of services) {
      service.runs.killAll();
      await service.pool.close();
      service.store.close();
    }
  }
}
