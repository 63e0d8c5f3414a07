/**
 * Reading a CSV downloaded from Google Forms ("Télécharger les réponses
 * (.csv)"): comma separator, every cell text as in the file (the bilan's
 * inference reads numbers in it). The reader itself is the add-on's shared one.
 */
export {parseCsv} from '../shared/csv';
