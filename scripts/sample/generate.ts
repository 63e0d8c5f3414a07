/**
 * The built-in sample: a made-up Fête de la science in Isère at the size of the
 * 2025 edition (about 500 sessions, 110 for schools, 94 communes, 280
 * structures, 5,000 public answers), a smaller NoS FuturS festival and an école
 * d'été. Same seed and scale → same objects → same bytes once serialised.
 */
import {Rng} from './prng';
import {
  isereCommunes,
  looseName,
  pickCommunes,
  type SampleCommune,
} from './communes';
import * as V from './vocab';
import {
  type OrganiserReport,
  type ProfessionalAnswer,
  type PublicAnswer,
  type SampleParticipant,
  type SampleSession,
  type SampleBudgetLine,
  type SampleStructure,
  type TeacherAnswer,
} from './types';

const ORGANISER_KIND_INDEX: Record<V.StructureKind, number> = {
  association: 0,
  collectivite: 1,
  recherche: 2,
  musee: 3,
  universite: 4,
  entreprise: 5,
  scolaire: 6,
};

export interface SampleOptions {
  seed?: number;
  /** Multiplies every size (communes are capped at the 512 of Isère). */
  scale?: number;
  /** Year of the Fête de la science edition (October); the école d'été is in July, NoS FuturS the next February. */
  year?: number;
}

export interface FdsSample {
  year: number;
  communes: SampleCommune[];
  structures: SampleStructure[];
  /** Open-data records, as exported (some flat, some `{fields}`; some commune names typed loosely). */
  records: unknown[];
  /** Records that the importer must reject (outside the département, unreadable slot). */
  badRecords: number;
  sessions: SampleSession[];
  publicAnswers: PublicAnswer[];
  teacherAnswers: TeacherAnswer[];
  organiserReports: OrganiserReport[];
  budget: SampleBudgetLine[];
}

export interface FestivalSample {
  /** OpenAgenda v2 export `{events: [...]}`. */
  export: {events: unknown[]};
  sessions: SampleSession[];
  publicAnswers: PublicAnswer[];
}

export interface EcoleSample {
  /** Programme CSV rows (headers = the Programme tab's French headers). */
  csvRows: Record<string, string>[];
  sessions: SampleSession[];
  participants: SampleParticipant[];
  answers: ProfessionalAnswer[];
}

export interface Sample {
  seed: number;
  scale: number;
  year: number;
  fds: FdsSample;
  /** The previous edition of the Fête de la science (a year earlier, a little smaller). */
  previousFds: FdsSample;
  festival: FestivalSample;
  ecole: EcoleSample;
}

export const DEFAULT_SEED = 20251003;

const pad = (n: number): string => String(n).padStart(2, '0');
const size = (base: number, scale: number): number =>
  Math.max(1, Math.round(base * scale));

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}
/** Paris offset for a date: +02:00 from the last Sunday of March to the last Sunday of October. */
function parisOffset(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastSunday = (month: number): number => {
    const last = new Date(Date.UTC(y, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const summer =
    (m > 3 && m < 10) ||
    (m === 3 && d >= lastSunday(3)) ||
    (m === 10 && d < lastSunday(10));
  return summer ? '+02:00' : '+01:00';
}
export function isoAt(date: string, time: string): string {
  return `${date}T${time}:00${parisOffset(date)}`;
}
function weekday(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}
function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number);
  const t = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  return `${pad(Math.floor(t / 60))}:${pad(t % 60)}`;
}

function uniqueName(taken: Set<string>, base: string, commune: string): string {
  let name = base;
  if (taken.has(name)) name = `${base} – ${commune}`;
  let i = 2;
  while (taken.has(name)) name = `${base} – ${commune} (${i++})`;
  taken.add(name);
  return name;
}

function structureName(
  rng: Rng,
  kind: V.StructureKind,
  c: SampleCommune,
): string {
  const de = /^[AEIOUYÉÈÂÎ]/i.test(c.nom) ? "d'" : 'de ';
  switch (kind) {
    case 'association':
      return `Association ${rng.pick(V.ASSOCIATION_NAMES)}`;
    case 'collectivite':
      return rng.chance(0.6)
        ? `Médiathèque ${de}${c.nom}`
        : rng.chance(0.5)
          ? `Ville ${de}${c.nom}`
          : `Bibliothèque municipale ${de}${c.nom}`;
    case 'recherche':
      return rng.pick(V.RESEARCH_NAMES);
    case 'musee':
      return `${rng.pick(V.MUSEUM_NAMES)} ${de}${c.nom}`;
    case 'universite':
      return `Université Grenoble Alpes Sciences – ${rng.pick(V.UNIVERSITY_NAMES)}`;
    case 'entreprise':
      return rng.pick(V.COMPANY_NAMES);
    case 'scolaire':
      return `${rng.pick(V.SCHOOL_NAMES)} ${rng.pick(V.PLACE_NAMES)}`;
  }
}

function venueFor(
  rng: Rng,
  kind: V.StructureKind,
  name: string,
  c: SampleCommune,
): string {
  if (kind === 'collectivite' || kind === 'musee' || kind === 'scolaire')
    return name;
  return rng.pick([
    `Salle des fêtes de ${c.nom}`,
    name,
    `Maison des associations – ${c.nom}`,
    name,
  ]);
}

function makeStructures(
  rng: Rng,
  communes: SampleCommune[],
  count: number,
): SampleStructure[] {
  const taken = new Set<string>();
  const out: SampleStructure[] = [];
  // Research and universities sit mostly in the Grenoble area (the largest communes).
  const urban = communes.slice(0, Math.min(6, communes.length));
  for (let i = 0; i < count; i++) {
    const kind = rng.weighted(V.STRUCTURE_KINDS, V.STRUCTURE_WEIGHTS);
    // The first structures cover every commune once; the rest follow population.
    let commune: SampleCommune;
    if (i < communes.length) commune = communes[i];
    else if ((kind === 'recherche' || kind === 'universite') && rng.chance(0.8))
      commune = rng.weighted(
        urban,
        urban.map(c => c.population),
      );
    else
      commune = rng.weighted(
        communes,
        communes.map(c => Math.sqrt(c.population)),
      );
    const name = uniqueName(
      taken,
      structureName(rng, kind, commune),
      commune.nom,
    );
    out.push({
      name,
      kind,
      commune,
      venue: venueFor(rng, kind, name, commune),
      address: `${rng.int(1, 120)} ${rng.pick(V.STREETS)}`,
    });
  }
  return out;
}

/** Slots of one event: school ones on weekdays in the morning or early afternoon. */
function makeSlots(
  rng: Rng,
  days: string[],
  kind: V.AnimationKind,
  school: boolean,
): {date: string; start: string; end: string}[] {
  const n =
    kind === 'Exposition'
      ? rng.int(2, 4)
      : rng.chance(0.8)
        ? 1
        : rng.chance(0.7)
          ? 2
          : 3;
  const pool = school
    ? days.filter(d => weekday(d) >= 1 && weekday(d) <= 5)
    : days;
  const chosen = rng.sampleWeighted(
    pool,
    pool.map(d => (!school && (weekday(d) === 0 || weekday(d) === 6) ? 3 : 1)),
    Math.min(n, pool.length),
  );
  chosen.sort();
  return chosen.map(date => {
    let start: string;
    let length: number;
    if (kind === 'Exposition') [start, length] = ['10:00', 480];
    else if (kind === 'Conférence')
      [start, length] = [rng.pick(['18:00', '18:30', '20:00']), 90];
    else if (school)
      [start, length] = [rng.pick(['09:00', '10:30', '14:00']), 90];
    else
      [start, length] = [
        rng.pick(['10:00', '14:00', '14:30', '16:00']),
        rng.pick([60, 90, 120]),
      ];
    return {date, start, end: addMinutes(start, length)};
  });
}

function capacityFor(rng: Rng, kind: V.AnimationKind, school: boolean): number {
  if (school) return rng.pick([25, 30, 30, 60]);
  switch (kind) {
    case 'Conférence':
      return rng.pick([60, 80, 120, 200]);
    case 'Spectacle':
      return rng.pick([80, 100, 150]);
    case 'Exposition':
      return rng.pick([50, 100]);
    default:
      return rng.pick([12, 15, 20, 25, 30]);
  }
}

const ARTICLE: Record<V.AnimationKind, string> = {
  Atelier: 'Un atelier',
  Visite: 'Une visite',
  Conférence: 'Une conférence',
  Exposition: 'Une exposition',
  Jeu: 'Un jeu',
  Spectacle: 'Un spectacle',
};

function fdsRecord(
  rng: Rng,
  id: string,
  title: string,
  kind: V.AnimationKind,
  topic: string,
  s: SampleStructure,
  partner: string,
  school: boolean,
  slots: {date: string; start: string; end: string}[],
): Record<string, unknown> {
  const sep = rng.chance(0.2) ? '\r\n' : '\n';
  const registration = school || rng.chance(0.4);
  const minAge = school ? null : rng.pick([null, 3, 6, 8, 10, 12]);
  return {
    identifiant: id,
    titre_fr: title,
    description_fr: `${ARTICLE[kind]} proposé par ${s.name} sur le thème « ${topic} ».`,
    description_longue_fr: `${ARTICLE[kind]} pour découvrir ${topic}.\n\nEntrée libre${registration ? ' sur inscription' : ''}.`,
    description_longue_html_fr: `<p>${ARTICLE[kind]} pour découvrir <strong>${topic}</strong>.</p>`,
    type_d_animation: kind,
    mots_cles_fr: topic
      .split(' ')
      .filter(w => w.length > 4)
      .slice(0, 3),
    thematiques: [
      rng.pick([
        'Environnement',
        'Sciences de la Terre',
        'Numérique',
        'Santé',
        'Physique',
        'Biologie',
      ]),
    ],
    horaires_iso: slots
      .map(x => `${isoAt(x.date, x.start)}-${isoAt(x.date, x.end)}`)
      .join(sep),
    dates: slots.map(x => x.date),
    nom_du_lieu: s.venue,
    adresse: `${s.address} ${s.commune.codePostal} ${s.commune.nom}`,
    code_postal: s.commune.codePostal,
    ville: s.commune.nom,
    departement: 'Isère',
    region: 'Auvergne-Rhône-Alpes',
    organisateur: s.name,
    partenaire: partner,
    animateurs: null,
    publics_concernes: school
      ? 'Scolaires'
      : rng.pick(['Grand public', 'Grand public', 'Jeune public']),
    public_specifique: null,
    age_minimum: minAge,
    age_maximum: null,
    accessibilite: rng.chance(0.5)
      ? 'Accessible aux personnes à mobilité réduite'
      : null,
    inscription_necessaire: registration ? 'Oui' : 'Non',
    lien_d_inscription: registration
      ? `https://inscriptions.example.org/fds/${id}`
      : null,
    statut: 'publié',
    lien: `https://openagenda.example.org/fetedelascience/events/${id}`,
  };
}

function answerTime(rng: Rng, s: SampleSession): string {
  return isoAt(s.date, addMinutes(s.end, rng.int(5, 180)));
}

/** Satisfaction skewed to the top, as in visitor surveys (Isère 2011: 8.95/10). */
function satisfaction(rng: Rng): number {
  return 1 + rng.weightedIndex([2, 4, 14, 40, 40]);
}

function comment(rng: Rng, p: number): string {
  if (!rng.chance(p)) return '';
  return rng.chance(0.08)
    ? rng.pick(V.FAKE_CONTACT_COMMENTS)
    : rng.pick(V.PUBLIC_COMMENTS);
}

function publicAnswers(
  rng: Rng,
  sessions: SampleSession[],
  count: number,
  origin: SampleCommune[],
): PublicAnswer[] {
  const open = sessions.map((s, i) => ({s, i})).filter(x => !x.s.school);
  if (open.length === 0) return [];
  const drawSession = rng.sampler(open.map(x => x.s.capacity));
  const drawOrigin = rng.sampler(origin.map(c => c.population));
  const out: PublicAnswer[] = [];
  for (let n = 0; n < count; n++) {
    const {s, i} = open[drawSession()];
    const sat = satisfaction(rng);
    const recommend = Math.max(0, Math.min(10, sat * 2 + rng.int(-2, 1)));
    const heard = rng
      .sampleWeighted(
        [0, 1, 2, 3, 4, 5, 6],
        [30, 25, 20, 10, 30, 8, 3],
        rng.int(1, 3),
      )
      .sort();
    out.push({
      at: answerTime(rng, s),
      session: i,
      commune: rng.chance(0.7) ? s.commune.nom : origin[drawOrigin()].nom,
      came: rng.weightedIndex([15, 45, 25, 5, 10]),
      age: rng.weightedIndex([18, 10, 10, 25, 25, 12]),
      heard,
      satisfaction: sat,
      explanations: Math.max(1, Math.min(5, sat + rng.int(-1, 1))),
      length: rng.weightedIndex([15, 75, 10]),
      recommend,
      firstTime: rng.chance(0.38),
      comment: comment(rng, 0.25),
    });
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

/** The Fête de la science budget of a département's coordination (made up, plausible). */
function fdsBudget(rng: Rng, scale: number): SampleBudgetLine[] {
  const k = Math.max(0.2, scale);
  const line = (
    name: string,
    category: string,
    planned: number,
    funder: string,
  ): SampleBudgetLine => {
    const p = Math.round((planned * k) / 50) * 50;
    const committed = Math.round((p * (0.8 + rng.float() * 0.2)) / 10) * 10;
    return {
      line: name,
      category,
      planned: p,
      committed,
      spent: Math.round((committed * (0.7 + rng.float() * 0.3)) / 10) * 10,
      funder,
    };
  };
  return [
    line('Programme papier et affiches', 'Communication', 6000, 'Région'),
    line(
      'Site et réseaux sociaux',
      'Communication',
      1500,
      'Territoire de sciences',
    ),
    line('Transport des classes', 'Transport', 9000, 'Département'),
    line('Matériel des ateliers', 'Matériel', 4000, 'État (DRARI)'),
    line('Village des sciences de Grenoble', 'Logistique', 7500, 'Métropole'),
    line('Défraiement des intervenants', 'Intervenants', 3000, 'État (DRARI)'),
  ];
}

function makeFds(
  rng: Rng,
  scale: number,
  year: number,
  answers = 1,
): FdsSample {
  const communes = pickCommunes(rng, size(94, scale));
  const structures = makeStructures(rng, communes, size(280, scale));
  const days: string[] = [];
  for (let d = 2; d <= 12; d++) days.push(isoDate(year, 10, d));
  const targetSessions = size(500, scale);
  const records: unknown[] = [];
  const sessions: SampleSession[] = [];
  let nextId = 71000000 + rng.int(0, 99999);
  let e = 0;
  while (sessions.length < targetSessions) {
    // Every structure runs at least one event; more events go to larger communes.
    const s =
      e < structures.length
        ? structures[e]
        : rng.weighted(
            structures,
            structures.map(x => Math.sqrt(x.commune.population)),
          );
    e++;
    const kind = rng.weighted(V.ANIMATION_KINDS, V.ANIMATION_WEIGHTS);
    const school = kind !== 'Spectacle' && rng.chance(0.22);
    const topic = rng.pick(V.TOPICS);
    const title = rng.pick(V.TITLE_PATTERNS[kind]).replace('{t}', topic);
    const slots = makeSlots(rng, days, kind, school);
    const id = String((nextId += rng.int(1, 400)));
    const partner = rng.chance(0.3) ? rng.pick(structures).name : '';
    const rec = fdsRecord(
      rng,
      id,
      title,
      kind,
      topic,
      s,
      partner,
      school,
      slots,
    );
    if (rng.chance(0.12)) rec.ville = looseName(rng, s.commune.nom);
    records.push(
      rng.chance(0.2)
        ? {
            datasetid: 'evenements-publics-openagenda',
            recordid: `r${id}`,
            fields: rec,
            geometry: null,
          }
        : rec,
    );
    const capacity = capacityFor(rng, kind, school);
    for (const slot of slots) {
      // Who came: a class or two for schools, half to all of the capacity
      // otherwise; staff typed "Présents" for about two sessions in five.
      const actual = school
        ? rng.int(1, Math.max(1, Math.round(capacity / 25))) * rng.int(20, 28)
        : Math.round(capacity * (0.5 + rng.float() * 0.5));
      sessions.push({
        eventId: id,
        title,
        kind,
        ...slot,
        structure: s.name,
        venue: s.venue,
        commune: s.commune,
        school,
        capacity,
        actual,
        attended: rng.chance(0.4) ? actual : null,
      });
    }
  }
  // Two records the importer must reject with a reason (and must not drop silently).
  const bad1 = fdsRecord(
    rng,
    String(nextId + 7),
    'Atelier : les canuts et la soie',
    'Atelier',
    'la soie',
    {
      ...structures[0],
      commune: {code: '69383', nom: 'Lyon', codePostal: '69003', population: 0},
    },
    '',
    false,
    [{date: days[3], start: '14:00', end: '16:00'}],
  );
  const bad2 = fdsRecord(
    rng,
    String(nextId + 9),
    'Conférence : date à préciser',
    'Conférence',
    'les glaciers',
    structures[1 % structures.length],
    '',
    false,
    [{date: days[4], start: '18:00', end: '19:30'}],
  );
  bad2.horaires_iso = 'à définir';
  records.splice(Math.floor(records.length / 3), 0, bad1);
  records.splice(Math.floor((2 * records.length) / 3), 0, bad2);

  const all = isereCommunes();
  const pub = publicAnswers(rng, sessions, size(5000 * answers, scale), all);
  const teacherAnswers: TeacherAnswer[] = [];
  sessions.forEach((s, i) => {
    if (!s.school || !rng.chance(0.8)) return;
    teacherAnswers.push({
      at: answerTime(rng, s),
      session: i,
      level: rng.weightedIndex([10, 45, 35, 10]),
      pupils: rng.int(15, 32),
      satisfaction: satisfaction(rng),
      curriculum: 1 + rng.weightedIndex([3, 7, 20, 40, 30]),
      again: rng.chance(0.85),
      comment: comment(rng, 0.3),
    });
  });
  const organiserReports: OrganiserReport[] = [];
  for (const st of structures) {
    if (!rng.chance(0.9)) continue;
    const own = sessions.filter(s => s.structure === st.name);
    const schoolOwn = own.filter(s => s.school);
    const classes = schoolOwn.reduce(
      (n, s) => n + Math.max(1, Math.round((s.actual ?? 0) / 25)),
      0,
    );
    const pupils = schoolOwn.reduce((n, s) => n + (s.actual ?? 0), 0);
    const exact = own.reduce((n, s) => n + (s.actual ?? 0), 0);
    // Most report what they counted; some round it (to the nearest ten).
    const visitors = rng.chance(0.15)
      ? Math.max(10, Math.round(exact / 10) * 10)
      : exact;
    organiserReports.push({
      at: isoAt(
        isoDate(year, 10, rng.int(13, 31)),
        `${pad(rng.int(8, 19))}:${pad(rng.int(0, 59))}`,
      ),
      structure: st.name,
      kind: ORGANISER_KIND_INDEX[st.kind],
      commune: st.commune.nom,
      sessionsHeld: own.length,
      visitors,
      pupils,
      classes,
      difficulties: rng
        .sampleWeighted(
          [0, 1, 2, 3, 4, 5],
          [20, 15, 10, 10, 10, 40],
          rng.int(1, 2),
        )
        .sort(),
      comment: comment(rng, 0.35),
    });
  }
  organiserReports.sort((a, b) => a.at.localeCompare(b.at));
  return {
    year,
    communes,
    structures,
    records,
    badRecords: 2,
    budget: fdsBudget(rng, scale),
    sessions,
    publicAnswers: pub,
    teacherAnswers,
    organiserReports,
  };
}

const METRO = [
  '38185',
  '38421',
  '38151',
  '38317',
  '38229',
  '38169',
  '38382',
  '38563',
];

function makeFestival(rng: Rng, scale: number, year: number): FestivalSample {
  const all = isereCommunes();
  const metro = METRO.map(code => all.find(c => c.code === code)).filter(
    (c): c is SampleCommune => c !== undefined,
  );
  const days: string[] = [];
  for (let d = 2; d <= 14; d++) days.push(isoDate(year + 1, 2, d));
  const venues = [
    'Cosmocité',
    'La Casemate',
    'Médiathèque Kateb Yacine',
    'Maison de la culture',
    'Salle polyvalente',
  ];
  const events: unknown[] = [];
  const sessions: SampleSession[] = [];
  const target = size(40, scale);
  let n = 0;
  while (sessions.length < target) {
    n++;
    const commune =
      n === 1
        ? (metro.find(c => c.code === '38317') ?? metro[0])
        : rng.pick(metro);
    const venue =
      commune.code === '38317'
        ? 'Cosmocité'
        : commune.code === '38185'
          ? rng.pick(venues.slice(1))
          : `${rng.pick(venues.slice(2))} – ${commune.nom}`;
    const kind = rng.weighted(V.ANIMATION_KINDS, [10, 2, 8, 3, 3, 4]);
    const topic = rng.pick(V.TOPICS);
    const title = `Futurs désirables : ${topic}`;
    const slots = makeSlots(rng, days, kind, false);
    const uid = 50000000 + n * 37;
    const capacity = capacityFor(rng, kind, false);
    events.push({
      uid,
      slug: `futurs-desirables-${n}`,
      originAgenda: {uid: 7000001, title: 'Territoire de sciences'},
      title: {fr: title},
      description: {
        fr: `${ARTICLE[kind]} du festival NoS FuturS sur le thème « ${topic} ».`,
      },
      longDescription: {fr: `<p>Imaginer ensemble ${topic} en 2050.</p>`},
      keywords: {fr: ['futurs', 'prospective']},
      timings: slots.map(s => ({
        begin: isoAt(s.date, s.start),
        end: isoAt(s.date, s.end),
      })),
      location: {
        name: venue,
        address: `${rng.int(1, 60)} ${rng.pick(V.STREETS)}, ${commune.codePostal} ${commune.nom}`,
        city: commune.nom,
        postalCode: commune.codePostal,
        insee: rng.chance(0.7) ? commune.code : undefined,
        adminLevel1: 'France',
        adminLevel3: 'Isère',
        timezone: 'Europe/Paris',
      },
      age: {min: rng.pick([null, 6, 8, 12]), max: null},
      registration: rng.chance(0.5)
        ? [
            {
              type: 'link',
              value: `https://nosfuturs.example.org/inscription/${uid}`,
            },
          ]
        : [],
      attendanceMode: 1,
      status: n === 5 ? 6 : 1,
      state: 2,
    });
    for (const slot of slots)
      sessions.push({
        eventId: String(uid),
        title,
        kind,
        ...slot,
        structure: 'Territoire de sciences',
        venue,
        commune,
        school: false,
        capacity,
      });
  }
  return {
    export: {events},
    sessions,
    publicAnswers: publicAnswers(rng, sessions, size(320, scale), metro),
  };
}

export const ECOLE_HEADERS = [
  'Identifiant',
  'Titre',
  "Type d'animation",
  'Date',
  'Début',
  'Fin',
  'Lieu',
  'Commune',
  'Code INSEE',
  'Structure organisatrice',
  'Intervenants',
  'Public',
  'Âge minimum',
  'Jauge',
  'Inscrits',
  'Statut',
];

function makeEcole(rng: Rng, scale: number, year: number): EcoleSample {
  const pontDeClaix = isereCommunes().find(c => c.code === '38317')!;
  const themes = ['Atelier', 'Conférence', 'Visite', 'Atelier', 'Jeu'] as const;
  const workshops = size(15, scale);
  const participantsCount = size(60, scale);
  const sessions: SampleSession[] = [];
  const csvRows: Record<string, string>[] = [];
  for (let i = 0; i < workshops; i++) {
    const date = isoDate(year, 7, 6 + (i % 5));
    const start = i % 3 === 0 ? '09:00' : i % 3 === 1 ? '11:00' : '14:00';
    const end = addMinutes(start, 105);
    const kind = themes[i % themes.length];
    const title = `${kind} : médiation et ${rng.pick(V.TOPICS)}`;
    const capacity = rng.pick([15, 20, 25]);
    const s: SampleSession = {
      eventId: `EE-${year}-${pad(i + 1)}`,
      title,
      kind,
      date,
      start,
      end,
      structure: 'Territoire de sciences',
      venue: i % 4 === 3 ? 'La Casemate' : 'Cosmocité',
      commune: pontDeClaix,
      school: false,
      capacity,
    };
    sessions.push(s);
    csvRows.push({
      Identifiant: s.eventId,
      Titre: title,
      "Type d'animation": kind,
      Date: `${date.slice(8)}/${date.slice(5, 7)}/${date.slice(0, 4)}`,
      Début: start,
      Fin: end,
      Lieu: s.venue,
      Commune: i % 2 ? 'Le Pont de Claix' : 'Le Pont-de-Claix',
      'Code INSEE': i % 2 ? '' : '38317',
      'Structure organisatrice': 'Territoire de sciences',
      Intervenants: `Équipe de médiation ${1 + (i % 4)}`,
      Public: 'professionnels',
      'Âge minimum': '18',
      Jauge: String(capacity),
      Inscrits: String(Math.min(capacity, rng.int(8, 25))),
      Statut: 'confirmé',
    });
  }
  const first = [
    'Camille',
    'Dominique',
    'Alex',
    'Sacha',
    'Morgan',
    'Lou',
    'Charlie',
    'Noa',
    'Eden',
    'Andrea',
  ];
  const last = [
    'Exemple',
    'Fictif',
    'Modèle',
    'Essai',
    'Démo',
    'Test',
    'Spécimen',
  ];
  const orgs = [
    'Université Grenoble Alpes Sciences',
    'Muséum de sciences naturelles',
    'Association Sciences en partage',
    'Centre de sciences',
    'Laboratoire des glaciers alpins',
  ];
  const participants: SampleParticipant[] = [];
  const answers: ProfessionalAnswer[] = [];
  for (let i = 0; i < participantsCount; i++) {
    const status = rng.weightedIndex([30, 20, 40, 10]);
    participants.push({
      name: `${rng.pick(first)} ${rng.pick(last)} ${i + 1}`,
      organisation: rng.pick(orgs),
      status,
      workshop: rng.int(0, workshops - 1),
      lodging: rng.pick(['oui', 'oui', 'non', 'à confirmer']),
      dietary: rng.pick(['', '', 'végétarien', 'sans gluten']),
      registration: rng.chance(0.9) ? 'confirmé·e' : "liste d'attente",
    });
    if (!rng.chance(0.85)) continue;
    const rated: Record<number, number> = {};
    for (const w of rng.sampleWeighted(
      sessions.map((_, k) => k),
      sessions.map(() => 1),
      Math.min(workshops, rng.int(3, 6)),
    ))
      rated[w] = satisfaction(rng);
    const sat = satisfaction(rng);
    answers.push({
      at: isoAt(
        isoDate(year, 7, 10),
        `${pad(rng.int(16, 18))}:${pad(rng.int(0, 59))}`,
      ),
      status,
      workshops: rated,
      satisfaction: sat,
      recommend: Math.max(0, Math.min(10, sat * 2 + rng.int(-2, 1))),
      reuse: rng.pick([
        'Les jeux de rôle',
        'La fresque participative',
        'Les cartes mentales',
        'Le format débat mouvant',
        '',
      ]),
      comment: comment(rng, 0.3),
    });
  }
  return {csvRows, sessions, participants, answers};
}

export function generateSample(options: SampleOptions = {}): Sample {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 1;
  const year = options.year ?? 2026;
  if (!(scale > 0))
    throw new Error(`--scale doit être un nombre positif (reçu : ${scale})`);
  // One generator per event so that a change to one never shifts the others.
  return {
    seed,
    scale,
    year,
    fds: makeFds(new Rng(seed), scale, year),
    // A year earlier: fewer sessions and structures, fewer answers collected.
    previousFds: makeFds(new Rng(seed + 3), scale * 0.9, year - 1, 0.6),
    festival: makeFestival(new Rng(seed + 1), scale, year),
    ecole: makeEcole(new Rng(seed + 2), scale, year),
  };
}
