/**
 * The logistics checklist each kind of event starts with, and its starter
 * budget lines. Due dates count from the event's first day (negative: before)
 * or, for what follows the event, from its last day.
 */
import type {MessageKey} from '../i18n';
import type {EventKind} from '../model/tracker';

export interface TaskSpec {
  label: MessageKey;
  category: string;
  /** Days from the start (before: negative) or, when `afterEnd`, from the end. */
  days: number;
  afterEnd?: boolean;
  priority: 'haute' | 'normale' | 'basse';
}

const task = (
  label: MessageKey,
  category: string,
  days: number,
  priority: TaskSpec['priority'] = 'normale',
): TaskSpec => ({label, category, days, priority, afterEnd: days > 0});

export const CHECKLISTS: Record<EventKind, readonly TaskSpec[]> = {
  fds: [
    task('tracker.task.fds.callForProjects', 'administratif', -150, 'haute'),
    task('tracker.task.fds.openagenda', 'administratif', -110),
    task('tracker.task.fds.labelling', 'administratif', -90, 'haute'),
    task('tracker.task.fds.importProgramme', 'administratif', -75),
    task('tracker.task.fds.kits', 'communication', -45, 'haute'),
    task('tracker.task.fds.schools', 'accueil', -40),
    task('tracker.task.fds.press', 'communication', -30),
    task('tracker.task.fds.insurance', 'sécurité', -30, 'haute'),
    task('tracker.task.fds.transport', 'transport', -10),
    task('tracker.task.fds.volunteers', 'restauration', -10),
    task('tracker.task.fds.survey', 'administratif', 3),
    task('tracker.task.fds.bilans', 'administratif', 30, 'haute'),
    task('tracker.task.fds.regional', 'administratif', 60),
  ],
  festival: [
    task('tracker.task.festival.programme', 'administratif', -120, 'haute'),
    task('tracker.task.festival.venues', 'administratif', -90, 'haute'),
    task('tracker.task.festival.equipment', 'matériel', -60),
    task('tracker.task.festival.booking', 'communication', -45),
    task('tracker.task.festival.communication', 'communication', -40),
    task('tracker.task.festival.travel', 'transport', -30),
    task('tracker.task.festival.welcome', 'accueil', -21),
    task('tracker.task.festival.catering', 'restauration', -21),
    task('tracker.task.festival.safety', 'sécurité', -14, 'haute'),
    task('tracker.task.festival.survey', 'administratif', -7),
    task('tracker.task.festival.bilan', 'administratif', 45),
  ],
  ecole: [
    task('tracker.task.ecole.theme', 'administratif', -180, 'haute'),
    task('tracker.task.ecole.registration', 'communication', -120, 'haute'),
    task('tracker.task.ecole.lodging', 'accueil', -90, 'haute'),
    task('tracker.task.ecole.speakers', 'administratif', -60),
    task('tracker.task.ecole.agreements', 'administratif', -45),
    task('tracker.task.ecole.meals', 'restauration', -21),
    task('tracker.task.ecole.shuttles', 'transport', -14),
    task('tracker.task.ecole.material', 'matériel', -7),
    task('tracker.task.ecole.badges', 'accueil', -7),
    task('tracker.task.ecole.survey', 'administratif', 2),
    task('tracker.task.ecole.certificates', 'administratif', 10),
  ],
  autre: [
    task('tracker.task.autre.plan', 'administratif', -60, 'haute'),
    task('tracker.task.autre.venue', 'matériel', -45),
    task('tracker.task.autre.communication', 'communication', -30),
    task('tracker.task.autre.welcome', 'accueil', -7),
    task('tracker.task.autre.bilan', 'administratif', 30),
  ],
};

/** The due date of a task: null when the event has no dates yet. */
export function dueDate(
  spec: TaskSpec,
  start: Date | null,
  end: Date | null,
): Date | null {
  const from = spec.afterEnd ? (end ?? start) : start;
  if (!from) return null;
  return new Date(
    from.getFullYear(),
    from.getMonth(),
    from.getDate() + spec.days,
  );
}

export interface BudgetSpec {
  label: MessageKey;
  category: string;
}

const BASE_BUDGET: readonly BudgetSpec[] = [
  {label: 'tracker.budget.communication', category: 'communication'},
  {label: 'tracker.budget.speakers', category: 'intervenants'},
  {label: 'tracker.budget.rental', category: 'location'},
  {label: 'tracker.budget.transport', category: 'transport'},
  {label: 'tracker.budget.catering', category: 'restauration'},
];

export function budgetLines(kind: EventKind): readonly BudgetSpec[] {
  return kind === 'ecole'
    ? [
        ...BASE_BUDGET,
        {label: 'tracker.budget.lodging', category: 'hébergement'},
      ]
    : BASE_BUDGET;
}
