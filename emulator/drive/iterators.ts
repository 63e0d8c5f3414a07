/**
 * File and folder iterators.
 * Reference: https://developers.google.com/apps-script/reference/drive/file-iterator
 * Reference: https://developers.google.com/apps-script/reference/drive/folder-iterator
 */
import type {EmuEnv} from '../core/env';

type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;

class FakeIterator<T> {
  private i = 0;
  constructor(
    private readonly env: EmuEnv,
    private readonly service: string,
    private readonly items: T[],
  ) {}
  getContinuationToken(): string {
    this.env.meter.call(this.service, 'getContinuationToken');
    return `token-${this.i}`;
  }
  hasNext(): boolean {
    this.env.meter.call(this.service, 'hasNext');
    return this.i < this.items.length;
  }
  next(): T {
    this.env.meter.call(this.service, 'next');
    if (this.i >= this.items.length) {
      throw new Error(
        'Cannot retrieve the next object: iterator has reached the end.',
      );
    }
    return this.items[this.i++];
  }
}

export class FakeFileIterator
  extends FakeIterator<File>
  implements GoogleAppsScript.Drive.FileIterator {}
export class FakeFolderIterator
  extends FakeIterator<Folder>
  implements GoogleAppsScript.Drive.FolderIterator {}
