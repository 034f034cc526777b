// The build of Bottleneck that @octokit/plugin-throttling loads (no Redis clustering): the same
// class as the package's main entry, whose types it has.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
