package vn.dunghan.procedure;

/**
 * The unit of a prescribed processing time. Published times are almost always working days; some
 * provincial systems keep hours (Thanh Hóa stores hours and divides by 8).
 */
public enum ProcessingUnit {
  WORKING_DAYS,
  WORKING_HOURS
}
