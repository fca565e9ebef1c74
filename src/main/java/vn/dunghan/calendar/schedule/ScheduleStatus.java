package vn.dunghan.calendar.schedule;

/**
 * Where a year's schedule comes from: an official notice (VPCP / ministry), rules applied by hand
 * and loaded (2022, 2023: notices not retrieved), or computed on the fly because nothing is loaded.
 */
public enum ScheduleStatus {
  OFFICIAL,
  DERIVED,
  PROVISIONAL
}
