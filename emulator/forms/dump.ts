/**
 * A form's JSON picture (for tests and render/): no Google class.
 */
import type {FakeForm} from './form';
import type {ItemKind} from './item';
import type {AnswerValue} from './response';

export interface FormItemDump {
  id: number;
  index: number;
  type: ItemKind;
  title: string;
  helpText: string;
  required: boolean;
  choices?: string[];
  otherOption?: boolean;
  bounds?: [number, number];
  labels?: [string, string];
  rows?: string[];
  columns?: string[];
  validation?: {rule: string | null; args: unknown[]; helpText: string};
}

export interface FormDump {
  id: string;
  title: string;
  description: string;
  editUrl: string;
  publishedUrl: string;
  collectsEmail: boolean;
  emailCollectionType: string;
  published: boolean;
  acceptingResponses: boolean;
  confirmationMessage: string;
  destination: {spreadsheetId: string; sheetName: string} | null;
  /** Why the last write to the response sheet failed, or null. */
  destinationError: string | null;
  items: FormItemDump[];
  responses: {
    id: string;
    timestamp: string;
    email: string;
    answers: {itemId: number; title: string; response: AnswerValue}[];
  }[];
}

/** JSON picture of a form (no metering). */
export function formDump(form: FakeForm): FormDump {
  return {
    id: form.id,
    title: form.title,
    description: form.description,
    editUrl: form.editUrl(),
    publishedUrl: form.publishedUrl(),
    collectsEmail: form.collectEmail,
    emailCollectionType: form.emailCollection,
    published: form.published,
    acceptingResponses: form.accepting,
    confirmationMessage: form.confirmation,
    destination: form.destination
      ? {
          spreadsheetId: form.destination.spreadsheetId,
          sheetName: form.destination.sheetName,
        }
      : null,
    destinationError: form.destinationError,
    items: form.items.map((i, index) => {
      const d: FormItemDump = {
        id: i.id,
        index,
        type: i.kind,
        title: i.title,
        helpText: i.helpText,
        required: i.required,
      };
      if (['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST'].includes(i.kind)) {
        d.choices = i.choices.map(c => c.value);
        d.otherOption = i.other;
      }
      if (i.kind === 'SCALE') {
        d.bounds = [i.lower, i.upper];
        d.labels = [i.leftLabel, i.rightLabel];
      }
      if (i.kind === 'GRID' || i.kind === 'CHECKBOX_GRID') {
        d.rows = [...i.rows];
        d.columns = [...i.columns];
      }
      if (i.validation) {
        const {rule, args, helpText} = i.validation;
        d.validation = {rule, args: [...args], helpText};
      }
      return d;
    }),
    responses: form.responses.map(r => ({
      id: r.id ?? '',
      timestamp: r.timestamp ? r.timestamp.toISOString() : '',
      email: r.email,
      answers: r.items.map(ir => ({
        itemId: ir.item.id,
        title: ir.item.title,
        response: ir.value,
      })),
    })),
  };
}
