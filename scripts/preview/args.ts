/** Command-line arguments of `npm start` (scripts/start.ts). */

export interface StartOptions {
  scale: number;
  events: string[];
  responses: string[];
  /** Booking requests to play (issue 19), in order. */
  bookings: string[];
  /** YYYY-MM-DD: the date of every output; null: a date suited to each output. */
  today: string | null;
  out: string;
  seed: number;
  help: boolean;
  /** Skip the build (tests that already built dist/). */
  noBuild: boolean;
  quiet: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Utilisation : npm start -- [options]

Fait tourner le module complémentaire, hors ligne, sur l'émulateur de Google
Workspace : suivi de la Fête de la science, import, questionnaires, réponses,
bilan, documents, synthèse hebdomadaire ; puis un festival (NoS FuturS) et une
école d'été. Sans option : un exemple inventé à la taille de la Fête de la
science en Isère 2025 (500 séances, 94 communes, 280 structures, 5 000 réponses).

Options :
  --events FICHIER     événements à importer (répétable) : export open data de
                       la Fête de la science (JSON), export OpenAgenda v2 (JSON)
                       ou programme CSV (en-têtes de l'onglet Programme)
  --responses FICHIER  réponses à un questionnaire (répétable) : CSV téléchargé
                       depuis Google Forms ou depuis la feuille de réponses
  --bookings FICHIER   demandes de réservation scolaire (répétable), jouées dans
                       l'ordre par le formulaire de réservation : CSV (virgule ou
                       point-virgule) aux colonnes Horodatage (jj/mm/aaaa hh:mm),
                       Action (réserver ou annuler), Séance (Identifiant du
                       Programme), Établissement, Commune, Niveau, Élèves, E-mail.
                       Sans lui : une vague d'ouverture d'exemple
  --today AAAA-MM-JJ   date de toutes les sorties (synthèse hebdomadaire, bilan,
                       documents). Sans elle, chaque sortie a la sienne :
                       synthèse quatre jours avant l'événement, bilan trois
                       semaines après (dates affichées et dans report.json)
  --out DOSSIER        dossier de sortie (défaut : preview/)
  --scale N            multiplie la taille de l'exemple (tests de charge)
  --seed N             graine de l'exemple (défaut : 20251003)
  --no-build           réutilise dist/ déjà construit (tests)
  --quiet              n'affiche que les erreurs
  --help               affiche cette aide

Sortie : DOSSIER/index.html (tous les artefacts), DOSSIER/report.json
(format : docs/report-format.md), DOSSIER/artefacts/ (contenu JSON).`;

function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T12:00:00Z`);
  return !isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function parseArgs(argv: string[]): StartOptions {
  const o: StartOptions = {
    scale: 1,
    events: [],
    responses: [],
    bookings: [],
    today: null,
    out: 'preview',
    seed: 20251003,
    help: false,
    noBuild: false,
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    const eq = raw.indexOf('=');
    const name = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    const inline =
      raw.startsWith('--') && eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--')))
        throw new UsageError(`L'option ${name} attend une valeur.`);
      return v;
    };
    switch (name) {
      case '--help':
      case '-h':
        o.help = true;
        break;
      case '--events':
        o.events.push(value());
        break;
      case '--responses':
        o.responses.push(value());
        break;
      case '--bookings':
        o.bookings.push(value());
        break;
      case '--today': {
        const v = value();
        if (!isValidDate(v))
          throw new UsageError(
            `--today attend une date AAAA-MM-JJ (reçu : « ${v} »).`,
          );
        o.today = v;
        break;
      }
      case '--out':
        o.out = value();
        break;
      case '--scale': {
        const v = Number(value());
        if (!isFinite(v) || v <= 0 || v > 100)
          throw new UsageError(
            '--scale attend un nombre positif (au plus 100).',
          );
        o.scale = v;
        break;
      }
      case '--seed': {
        const v = Number(value());
        if (!Number.isInteger(v))
          throw new UsageError('--seed attend un nombre entier.');
        o.seed = v;
        break;
      }
      case '--no-build':
        o.noBuild = true;
        break;
      case '--quiet':
        o.quiet = true;
        break;
      default:
        throw new UsageError(
          `Option inconnue : ${raw}. Voyez npm start -- --help.`,
        );
    }
  }
  return o;
}
