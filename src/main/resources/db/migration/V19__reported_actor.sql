-- The portal's own handler of a step (NguoiXuLy, ChucDanh), kept as the reported actor of the event it became, beside
-- the caller who sent it (actor: the portal's account).
alter table dossier_event add column reported_by varchar(255);
alter table dossier_event add column reported_by_title varchar(255);
