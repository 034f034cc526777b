// @bun
import {
  requestRedelivery2
} from "./main-e182ef8d.js";
import"./main-845a148e.js";
export {
  requestRedelivery2 as requestRedelivery
};
