/**
 * The data documents are made from, read once per run: the tracker (one
 * getValues per tab, by the tracker capability) and the last bilan computed
 * by the bilan capability (one read of its stored copy). The only place that
 * knows those modules.
 */
import {loadLastBilan} from '../bilan';
import type {BilanResult} from '../model/bilan';
import type {TrackerData} from '../model/tracker';
import {readTracker} from '../tracker/read';
import {currentLanguage} from '../i18n';
import {bookedClasses, readBookings} from '../bookings/read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function loadTrackerData(ss: Spreadsheet): TrackerData {
  const data = readTracker(ss);
  // The classes booked (issue 19), for the per-structure sheets.
  const booked = readBookings(ss, currentLanguage());
  return booked
    ? {...data, bookedClasses: bookedClasses(booked.bookings)}
    : data;
}

export function loadBilanResult(ss: Spreadsheet): BilanResult | null {
  return loadLastBilan(ss);
}
