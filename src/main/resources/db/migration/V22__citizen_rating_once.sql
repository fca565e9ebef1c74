-- An applicant rates their dossier once, from the lookup page or the public API (issue: citizens): enforced here so
-- that two submissions at the same moment cannot both land; the second is refused with a 409.
create unique index dossier_rating_citizen_once on dossier_rating (dossier_id) where source = 'CITIZEN';
