package vn.dunghan.unit;

/**
 * Administrative level at which a dossier is handled. There is no district level for anything dated
 * on or after 2025-07-01 (Politburo conclusion on two-tier local government).
 */
public enum Level {
  PROVINCE,
  DISTRICT,
  COMMUNE
}
