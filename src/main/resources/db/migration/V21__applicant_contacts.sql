-- The applicant's phone and e-mail (issue: citizens), taken at intake and from the portal's records (SoDienThoai,
-- Email): personal data like the name and ID number, kept beside them in dossier_applicant, shown in full only to
-- the clerk or officer of the unit holding the dossier (every such read recorded in personal_data_read), masked
-- for everyone else. The public lookup checks the last four digits of the phone or of the ID number.
alter table dossier_applicant add column phone varchar(16);
alter table dossier_applicant add column email varchar(254);
