// @bun
import {
  EVENTS_DIR2,
  defaultStateDir2,
  eventRecordPath2,
  isEventRecordFileName2,
  serializeEventRecord2,
  EventTextCache2,
  parseEventRecordText2,
  selectEvents2,
  StateRecordError2,
  corruptRecordPath2
} from "./main-05797a8a.js";
import"./main-e531f9c3.js";
import"./main-fbb7e2a8.js";
import"./main-845a148e.js";
import"./main-f081c345.js";
export {
  EVENTS_DIR2 as EVENTS_DIR,
  EventTextCache2 as EventTextCache,
  StateRecordError2 as StateRecordError,
  corruptRecordPath2 as corruptRecordPath,
  defaultStateDir2 as defaultStateDir,
  eventRecordPath2 as eventRecordPath,
  isEventRecordFileName2 as isEventRecordFileName,
  parseEventRecordText2 as parseEventRecordText,
  selectEvents2 as selectEvents,
  serializeEventRecord2 as serializeEventRecord
};
