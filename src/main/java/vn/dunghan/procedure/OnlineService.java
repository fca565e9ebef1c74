package vn.dunghan.procedure;

/** How far the procedure can be done online: entirely, in part, or not at all. */
public enum OnlineService {
  FULL,
  PARTIAL,
  NONE
}
