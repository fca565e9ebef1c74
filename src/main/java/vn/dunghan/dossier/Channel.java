package vn.dunghan.dossier;

/** How the dossier was submitted (Decree 61/2018 art. 16). */
public enum Channel {
  DIRECT,
  ONLINE,
  POSTAL
}
