export {
  type AuditObservation,
  type Change,
  type ChangeField,
  type ChangeValue,
  changeLog,
  LISTING_FIELDS,
  MAX_CHANGES,
  reviewVelocity,
  type Snapshot,
  sameValue,
  snapshotAt,
  VARIANT_FIELDS,
  type Velocity,
  WEEK_MS,
} from './changelog';
export {
  type ChecklistInput,
  type ChecklistItem,
  type CheckState,
  isDetailed,
  listingChecklist,
} from './checklist';
export {
  type AuditListing,
  CHANGE_HEADER,
  changeRows,
  formatValue,
  SNAPSHOT_HEADER,
  snapshotRows,
} from './export';
