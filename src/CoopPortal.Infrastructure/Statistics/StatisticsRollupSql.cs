using System.Globalization;
using System.Text;
using CoopPortal.Application.Common.Formatting;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Infrastructure.Statistics;

/// <summary>
/// The triggers that keep the statistics rollups (ADR 11): applications per province and status
/// (<c>stats_application_status</c>) and histograms of workflow durations in whole hours per Jalali year, province and
/// stretch (<c>stats_durations</c>, province 0 = the country). They are exact and live: each change of an application
/// or line of its history moves the counts in the same transaction. <see cref="Rebuild"/> recomputes them from the
/// base tables (after a bulk load with triggers off, and when first installed).
/// </summary>
public static class StatisticsRollupSql
{
    /// <summary>The first and last Jalali years the year table covers.</summary>
    public const int FirstYear = 1370;
    public const int LastYear = 1500;

    public const string Rebuild = "SELECT coopportal_statistics_rebuild();";

    /// <summary>The year table, functions and triggers, then a rebuild.</summary>
    public static string Install() => JalaliYears() + Functions() + Triggers() + Rebuild;

    public const string Uninstall = """
        DROP TRIGGER IF EXISTS stats_application_status_trigger ON formation_applications;
        DROP TRIGGER IF EXISTS stats_decision_duration_trigger ON formation_applications;
        DROP TRIGGER IF EXISTS stats_step_duration_trigger ON application_events;
        DROP FUNCTION IF EXISTS coopportal_stats_application_status();
        DROP FUNCTION IF EXISTS coopportal_stats_decision_duration();
        DROP FUNCTION IF EXISTS coopportal_stats_step_duration();
        DROP FUNCTION IF EXISTS coopportal_stats_add_duration(timestamptz, integer, smallint, double precision);
        DROP FUNCTION IF EXISTS coopportal_statistics_rebuild();
        DROP FUNCTION IF EXISTS coopportal_jalali_year(timestamptz);
        DROP FUNCTION IF EXISTS coopportal_workflow_step(text);
        DROP TABLE IF EXISTS jalali_years;
        """;

    /// <summary>When each Jalali year starts, as a UTC instant (midnight of 1 Farvardin in Iran).</summary>
    private static string JalaliYears()
    {
        var sql = new StringBuilder("CREATE TABLE jalali_years (\"Year\" integer PRIMARY KEY, \"StartsUtc\" timestamptz NOT NULL UNIQUE);\nINSERT INTO jalali_years VALUES\n");
        for (var year = FirstYear; year <= LastYear; year++)
        {
            var start = JalaliDate.FromParts(year, 1, 1)!.Value;
            var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(start.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), PersianFormat.TimeZone);
            sql.Append(CultureInfo.InvariantCulture, $"({year}, '{utc:yyyy-MM-dd HH:mm:ss}+00'){(year < LastYear ? "," : ";")}\n");
        }

        return sql.ToString();
    }

    /// <summary>The workflow step of a status as a number (the enum value + 1), from the domain's table; 0 outside the office's workflow.</summary>
    private static string StepCase() =>
        "CASE " + string.Concat(WorkflowSteps.All.Select(step =>
            string.Create(CultureInfo.InvariantCulture, $"WHEN status IN ({string.Join(", ", WorkflowSteps.StatusesOf(step).Select(s => $"'{s}'"))}) THEN {(int)step + 1} "))) + "ELSE 0 END";

    private static string Functions() => $$"""
        CREATE FUNCTION coopportal_workflow_step(status text) RETURNS smallint IMMUTABLE LANGUAGE sql AS $$ SELECT ({{StepCase()}})::smallint $$;

        CREATE FUNCTION coopportal_jalali_year(at timestamptz) RETURNS integer STABLE LANGUAGE sql AS
        $$ SELECT "Year" FROM jalali_years WHERE "StartsUtc" <= at ORDER BY "StartsUtc" DESC LIMIT 1 $$;

        CREATE FUNCTION coopportal_stats_add_duration(ended timestamptz, province integer, step smallint, seconds double precision) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE y integer := coopportal_jalali_year(ended); h integer := round(seconds / 3600.0)::integer;
        BEGIN
            IF y IS NULL OR h < 0 THEN RETURN; END IF;
            INSERT INTO stats_durations ("Year", "ProvinceId", "Step", "Hours", "Count") VALUES (y, 0, step, h, 1)
            ON CONFLICT ("Year", "ProvinceId", "Step", "Hours") DO UPDATE SET "Count" = stats_durations."Count" + 1;
            IF province <> 0 THEN
                INSERT INTO stats_durations ("Year", "ProvinceId", "Step", "Hours", "Count") VALUES (y, province, step, h, 1)
                ON CONFLICT ("Year", "ProvinceId", "Step", "Hours") DO UPDATE SET "Count" = stats_durations."Count" + 1;
            END IF;
        END $$;

        CREATE FUNCTION coopportal_stats_application_status() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP IN ('UPDATE', 'DELETE') THEN
                UPDATE stats_application_status SET "Count" = "Count" - 1 WHERE "ProvinceId" = COALESCE(OLD."ProvinceId", 0) AND "Status" = OLD."Status";
            END IF;
            IF TG_OP IN ('INSERT', 'UPDATE') THEN
                INSERT INTO stats_application_status ("ProvinceId", "Status", "Count") VALUES (COALESCE(NEW."ProvinceId", 0), NEW."Status", 1)
                ON CONFLICT ("ProvinceId", "Status") DO UPDATE SET "Count" = stats_application_status."Count" + 1;
            END IF;
            RETURN NULL;
        END $$;

        CREATE FUNCTION coopportal_stats_decision_duration() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW."DecidedAtUtc" IS NOT NULL AND NEW."FirstSubmittedAtUtc" IS NOT NULL AND (TG_OP = 'INSERT' OR OLD."DecidedAtUtc" IS NULL) THEN
                PERFORM coopportal_stats_add_duration(NEW."DecidedAtUtc", COALESCE(NEW."ProvinceId", 0), 0::smallint,
                    extract(epoch FROM NEW."DecidedAtUtc" - NEW."FirstSubmittedAtUtc"));
            END IF;
            RETURN NULL;
        END $$;

        CREATE FUNCTION coopportal_stats_step_duration() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE s smallint := coopportal_workflow_step(NEW."FromStatus");
        BEGIN
            IF s > 0 AND NEW."FromStatusSinceUtc" IS NOT NULL AND NEW."FromStatus" <> NEW."ToStatus" THEN
                PERFORM coopportal_stats_add_duration(NEW."AtUtc",
                    (SELECT COALESCE(a."ProvinceId", 0) FROM formation_applications a WHERE a."Id" = NEW."ApplicationId"), s,
                    extract(epoch FROM NEW."AtUtc" - NEW."FromStatusSinceUtc"));
            END IF;
            RETURN NULL;
        END $$;

        CREATE FUNCTION coopportal_statistics_rebuild() RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            LOCK TABLE stats_application_status, stats_durations IN EXCLUSIVE MODE;
            DELETE FROM stats_application_status;
            INSERT INTO stats_application_status ("ProvinceId", "Status", "Count")
            SELECT COALESCE("ProvinceId", 0), "Status", count(*) FROM formation_applications GROUP BY 1, 2;

            DELETE FROM stats_durations;
            WITH d AS (
                SELECT coopportal_jalali_year(a."DecidedAtUtc") AS y, COALESCE(a."ProvinceId", 0) AS p, 0::smallint AS s,
                       round(extract(epoch FROM a."DecidedAtUtc" - a."FirstSubmittedAtUtc") / 3600.0)::integer AS h
                FROM formation_applications a WHERE a."DecidedAtUtc" IS NOT NULL AND a."FirstSubmittedAtUtc" IS NOT NULL
                UNION ALL
                SELECT coopportal_jalali_year(e."AtUtc"), COALESCE(a."ProvinceId", 0), coopportal_workflow_step(e."FromStatus"),
                       round(extract(epoch FROM e."AtUtc" - e."FromStatusSinceUtc") / 3600.0)::integer
                FROM application_events e JOIN formation_applications a ON a."Id" = e."ApplicationId"
                WHERE e."FromStatusSinceUtc" IS NOT NULL AND e."FromStatus" <> e."ToStatus" AND coopportal_workflow_step(e."FromStatus") > 0),
            valid AS (SELECT * FROM d WHERE y IS NOT NULL AND h >= 0)
            INSERT INTO stats_durations ("Year", "ProvinceId", "Step", "Hours", "Count")
            SELECT y, p, s, h, count(*) FROM valid WHERE p <> 0 GROUP BY y, p, s, h
            UNION ALL
            SELECT y, 0, s, h, count(*) FROM valid GROUP BY y, s, h;
        END $$;

        """;

    private static string Triggers() => """
        CREATE TRIGGER stats_application_status_trigger AFTER INSERT OR DELETE OR UPDATE OF "Status", "ProvinceId" ON formation_applications
            FOR EACH ROW EXECUTE FUNCTION coopportal_stats_application_status();
        CREATE TRIGGER stats_decision_duration_trigger AFTER INSERT OR UPDATE OF "DecidedAtUtc" ON formation_applications
            FOR EACH ROW EXECUTE FUNCTION coopportal_stats_decision_duration();
        CREATE TRIGGER stats_step_duration_trigger AFTER INSERT ON application_events
            FOR EACH ROW EXECUTE FUNCTION coopportal_stats_step_duration();

        """;
}
