/**
 * Made-up but plausible words for the sample: structure names, animation
 * titles, comments. Nothing here names a real person.
 */

export const ANIMATION_KINDS = [
  'Atelier',
  'Visite',
  'Conférence',
  'Exposition',
  'Jeu',
  'Spectacle',
] as const;
export type AnimationKind = (typeof ANIMATION_KINDS)[number];
/** Isère 2019 by format: 175 workshops, 30 visits, 23 talks, 13 exhibitions, 12 games, 8 shows. */
export const ANIMATION_WEIGHTS = [175, 30, 23, 13, 12, 8];

export type StructureKind =
  | 'association'
  | 'collectivite'
  | 'recherche'
  | 'musee'
  | 'universite'
  | 'entreprise'
  | 'scolaire';
/** Isère 2019 organisers: 24 % associations, 18 % towns and libraries, 16 % research, 16 % museums, 13 % universities, the rest others. */
export const STRUCTURE_KINDS: StructureKind[] = [
  'association',
  'collectivite',
  'recherche',
  'musee',
  'universite',
  'entreprise',
  'scolaire',
];
export const STRUCTURE_WEIGHTS = [24, 18, 16, 16, 13, 7, 6];
/** The tracker's partner kinds (issue 4) for each sample kind. */
export const PARTNER_KIND: Record<StructureKind, string> = {
  association: 'association',
  collectivite: 'collectivité',
  recherche: 'laboratoire ou organisme de recherche',
  musee: 'musée ou centre de sciences',
  universite: 'université',
  entreprise: 'entreprise',
  scolaire: 'établissement scolaire',
};

export const TOPICS = [
  'les glaciers des Alpes',
  'la lumière et les couleurs',
  "l'ADN et le vivant",
  'les robots du quotidien',
  "l'énergie solaire",
  'les abeilles et la pollinisation',
  'les volcans',
  'le climat de demain',
  'les mathématiques du hasard',
  "l'intelligence artificielle",
  'les étoiles et les planètes',
  'la chimie en cuisine',
  'les rivières de montagne',
  'les champignons de nos forêts',
  'le cerveau et la mémoire',
  'les matériaux de demain',
  'le son et la musique',
  "l'eau potable",
  'les séismes en Isère',
  'la biodiversité urbaine',
  'les nanotechnologies',
  'la lumière synchrotron',
  'le numérique responsable',
  'les fossiles du Vercors',
  'les plantes médicinales',
  "l'astronomie à l'œil nu",
  'les neutrons et la matière',
  'la qualité de l’air',
  'les énergies renouvelables',
  'le codage informatique',
];

export const TITLE_PATTERNS: Record<AnimationKind, string[]> = {
  Atelier: [
    'Atelier : {t}',
    'Expériences autour de {t}',
    'Petits chercheurs : {t}',
    '+ de 20 expériences sur {t}',
  ],
  Visite: ['Visite du laboratoire : {t}', 'Dans les coulisses : {t}'],
  Conférence: ['Conférence : {t}', 'Rencontre avec des chercheurs : {t}'],
  Exposition: ['Exposition : {t}', 'Regards sur {t}'],
  Jeu: [
    'Escape game : {t}',
    'Jeu de piste sur {t}',
    '= la science en équations : {t}',
  ],
  Spectacle: ['Spectacle : {t}', 'Théâtre scientifique : {t}'],
};

export const ASSOCIATION_NAMES = [
  'Sciences en partage',
  'Curieux de nature',
  'Ciel et étoiles',
  'Les Explorateurs',
  'Nature et patrimoine',
  'Robotique pour tous',
  'Planète vivante',
  'Minéraux et fossiles',
  'Les Petits Chercheurs',
  'Code et bidouille',
  'Astronomie du Dauphiné',
  'Eau et montagne',
];
export const RESEARCH_NAMES = [
  'Laboratoire des glaciers alpins',
  'Institut des matériaux du Grésivaudan',
  'Centre de recherche sur les torrents',
  "Laboratoire d'écologie des lacs",
  'Institut de physique des neutrons',
  'Laboratoire de biologie cellulaire alpine',
  'Centre de recherche en sciences cognitives',
  'Laboratoire de mathématiques appliquées',
  'Institut des sciences de la Terre',
  'Laboratoire des micro-ondes',
  "Unité de recherche sur l'énergie",
  'Laboratoire de chimie douce',
];
export const MUSEUM_NAMES = [
  'Musée de la houille blanche',
  'Muséum de sciences naturelles',
  'Centre de sciences',
  'Maison de la montagne',
  'Musée de la résistance et des sciences',
  'Planétarium',
  'Musée archéologique',
  'Maison de la nature',
];
export const UNIVERSITY_NAMES = [
  'UFR de chimie',
  'UFR de physique',
  'Département de biologie',
  'IUT – département génie civil',
  "École d'ingénieurs en énergie",
  'UFR de géographie',
  'Institut de mathématiques',
];
export const COMPANY_NAMES = [
  'Alpes Photonique',
  'Dauphiné Robotique',
  'Hydro Conseil',
  'Micro Capteurs',
  'Vercors Numérique',
];
export const SCHOOL_NAMES = ['Collège', 'Lycée', 'École élémentaire'];
export const PLACE_NAMES = [
  'Jean Moulin',
  'Marie Curie',
  'Louis Néel',
  'Les Buclos',
  'Champollion',
  'Stendhal',
  'Les Trois Vallées',
];

export const STREETS = [
  'rue de la République',
  'avenue Jean Jaurès',
  'place de la Mairie',
  'rue des Écoles',
  'chemin du Moulin',
  'rue du Lac',
  'avenue des Alpes',
  'rue Victor Hugo',
];

export const PUBLIC_COMMENTS = [
  'Très bien expliqué, les enfants ont adoré.',
  'Passionnant, merci aux chercheurs !',
  'Un peu trop de monde, difficile de voir les expériences.',
  'Super atelier, à refaire l’an prochain.',
  'Trop court à notre goût.',
  'Animateurs très disponibles.',
  'Salle trop petite pour le public.',
  'Bravo pour l’organisation.',
  'Il manquait des panneaux pour trouver le lieu.',
  'Mon fils veut devenir astronome maintenant !',
];
/** Fake contacts (reserved domains, fictional-use numbers) to exercise masking. */
export const FAKE_CONTACT_COMMENTS = [
  'Pouvez-vous me recontacter : camille.exemple@example.org',
  'Intéressé pour une visite de classe, tél. 04 99 00 12 34',
  'Envoyez-moi le programme à dominique@example.com merci',
  'Appelez-moi au +33 6 39 98 45 67 pour un partenariat',
];
export const ORGANISER_DIFFICULTIES = [
  'Communication',
  'Bénévoles',
  'Matériel',
  'Salle',
  'Inscriptions',
  'Aucune',
];
