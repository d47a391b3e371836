-- csperf on PostgreSQL: database logins whose rights match the program's roles.
--
-- The program checks every change against the signed-in account's role, but on a shared
-- server that protects only people who go through the program: whoever holds a login
-- with full rights can rewrite any table with psql. With this script each person (or
-- each PC) connects with a login of their own, and the server itself refuses what their
-- role may not do. Nobody but the owner may change or delete an audit entry; only
-- supervisors and administrators may change settings; only administrators manage accounts.
--
-- Run it once the tables exist (the first start of csperf with the owner's login creates
-- them), and again after every csperf upgrade that changes the schema, connected to the
-- csperf database as its owner with the CREATEROLE right, or as a superuser:
--
--     psql -d csperf -v ON_ERROR_STOP=1 -f scripts/postgres-roles.sql
--
-- Then give each person a login in the group that matches their csperf role, e.g.
--
--     CREATE ROLE lihua LOGIN PASSWORD '...' IN ROLE csperf_supervisor;
--     CREATE ROLE wangfang LOGIN PASSWORD '...' IN ROLE csperf_qa;
--
-- The groups (no login of their own):
--   csperf_viewer      reads; may only append an audit entry and count wrong passwords
--                      (the sign-in lock is kept in the database)
--   csperf_qa          + records scoring events and spot checks
--   csperf_supervisor  + staff, rulebook, settings, imports, publishing, appeals, exams,
--                        the annual review (everything a supervisor does in the program)
--   csperf_admin       + user accounts
-- Each group includes the rights of the one before it.

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['csperf_viewer', 'csperf_qa', 'csperf_supervisor', 'csperf_admin'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
END
$$;

-- Start from nothing, so running the script again after an upgrade gives exactly these rights.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM csperf_viewer, csperf_qa, csperf_supervisor, csperf_admin;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM csperf_viewer, csperf_qa, csperf_supervisor, csperf_admin;

GRANT csperf_viewer TO csperf_qa;
GRANT csperf_qa TO csperf_supervisor;
GRANT csperf_supervisor TO csperf_admin;

-- Everyone: read; append to the audit trail; count wrong passwords and lock an account.
GRANT USAGE ON SCHEMA public TO csperf_viewer;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO csperf_viewer;
GRANT INSERT ON audit_entry TO csperf_viewer;
GRANT USAGE ON SEQUENCE audit_entry_id_seq TO csperf_viewer;
GRANT UPDATE (failed_logins, last_failed_at, locked_at) ON "user" TO csperf_viewer;

-- QA inspectors: scoring events and spot checks.
GRANT INSERT ON score_event, spot_check, spot_check_result TO csperf_qa;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO csperf_qa;

-- Supervisors: the appraisal itself. Never the audit trail, the accounts or the schema.
GRANT INSERT, UPDATE ON staff, rule, period, score_event, monthly_result, monthly_figures, proposal_dismissal,
    gift_handout, setting, exam, exam_result, checklist_item, spot_check, spot_check_result, appeal, appeal_item,
    annual_template, annual_goal, coaching_note, annual_review TO csperf_supervisor;
GRANT DELETE ON staff, proposal_dismissal, gift_handout, exam, exam_result, annual_goal, coaching_note
    TO csperf_supervisor;

-- Administrators: user accounts as well.
GRANT INSERT, UPDATE ON "user" TO csperf_admin;
