using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Statistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "InspectedOn",
                table: "self_declarations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InspectionFindings",
                table: "self_declarations",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DecidedAtUtc",
                table: "formation_applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FirstSubmittedAtUtc",
                table: "formation_applications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StatusSinceUtc",
                table: "formation_applications",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "MembersDeclaredForYear",
                table: "cooperatives",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MembersMen",
                table: "cooperatives",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MembersWomen",
                table: "cooperatives",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MembershipTypeId",
                table: "cooperatives",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FromStatusSinceUtc",
                table: "application_events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AssembliesHeld",
                table: "self_declarations",
                type: "integer",
                nullable: false,
                computedColumnSql: "(CASE WHEN jsonb_typeof(\"Content\"->'ordinaryAssemblyHeldOn') = 'string' THEN 1 ELSE 0 END) + (CASE WHEN jsonb_typeof(\"Content\"->'extraordinaryAssemblies') = 'array' THEN jsonb_array_length(\"Content\"->'extraordinaryAssemblies') ELSE 0 END)",
                stored: true);

            migrationBuilder.AddColumn<int>(
                name: "TrainingHours",
                table: "self_declarations",
                type: "integer",
                nullable: true,
                computedColumnSql: "CASE WHEN jsonb_typeof(\"Content\"->'trainingHours') = 'number' THEN (\"Content\"->>'trainingHours')::integer END",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_FiscalYear_ProvinceId_Status",
                table: "self_declarations",
                columns: new[] { "FiscalYear", "ProvinceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_InspectedOn_ProvinceId",
                table: "self_declarations",
                columns: new[] { "InspectedOn", "ProvinceId" },
                filter: "\"InspectedOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_formation_applications_DecidedAtUtc",
                table: "formation_applications",
                column: "DecidedAtUtc",
                filter: "\"DecidedAtUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_application_events_AtUtc",
                table: "application_events",
                column: "AtUtc",
                filter: "\"FromStatusSinceUtc\" IS NOT NULL");

            // Existing records get what the new columns would have recorded. The history is append-only, so its trigger
            // steps aside for this one backfill (only the new column is written).
            migrationBuilder.Sql("""
                UPDATE formation_applications a SET
                    "StatusSinceUtc" = COALESCE((SELECT max(e."AtUtc") FROM application_events e WHERE e."ApplicationId" = a."Id" AND e."FromStatus" <> e."ToStatus"), a."CreatedAtUtc"),
                    "FirstSubmittedAtUtc" = (SELECT min(e."AtUtc") FROM application_events e WHERE e."ApplicationId" = a."Id" AND e."Action" = 'Submit'),
                    "DecidedAtUtc" = (SELECT max(e."AtUtc") FROM application_events e WHERE e."ApplicationId" = a."Id" AND e."Action" IN ('Approve', 'Reject'));

                ALTER TABLE application_events DISABLE TRIGGER application_events_append_only;
                UPDATE application_events e SET "FromStatusSinceUtc" = s.since
                FROM (
                    SELECT x."Id", COALESCE(
                        (SELECT max(p."AtUtc") FROM application_events p
                         WHERE p."ApplicationId" = x."ApplicationId" AND p."AtUtc" < x."AtUtc" AND p."FromStatus" <> p."ToStatus"),
                        a."CreatedAtUtc") AS since
                    FROM application_events x JOIN formation_applications a ON a."Id" = x."ApplicationId") s
                WHERE e."Id" = s."Id";
                ALTER TABLE application_events ENABLE TRIGGER application_events_append_only;

                UPDATE cooperatives c SET "MembershipTypeId" = a."MembershipTypeId"
                FROM formation_applications a WHERE a."Id" = c."FormationApplicationId";

                UPDATE cooperatives c SET
                    "MembersCount" = (d."Content"->>'membersTotal')::integer,
                    "MembersWomen" = (d."Content"->>'membersWomen')::integer,
                    "MembersMen" = (d."Content"->>'membersMen')::integer,
                    "MembersDeclaredForYear" = d."FiscalYear"
                FROM (
                    SELECT DISTINCT ON ("CooperativeId") "CooperativeId", "FiscalYear", "Content"
                    FROM self_declarations
                    WHERE "Status" <> 'Draft' AND jsonb_typeof("Content"->'membersTotal') = 'number'
                    ORDER BY "CooperativeId", "FiscalYear" DESC) d
                WHERE d."CooperativeId" = c."Id";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_self_declarations_FiscalYear_ProvinceId_Status",
                table: "self_declarations");

            migrationBuilder.DropIndex(
                name: "IX_self_declarations_InspectedOn_ProvinceId",
                table: "self_declarations");

            migrationBuilder.DropIndex(
                name: "IX_formation_applications_DecidedAtUtc",
                table: "formation_applications");

            migrationBuilder.DropIndex(
                name: "IX_application_events_AtUtc",
                table: "application_events");

            migrationBuilder.DropColumn(
                name: "AssembliesHeld",
                table: "self_declarations");

            migrationBuilder.DropColumn(
                name: "TrainingHours",
                table: "self_declarations");

            migrationBuilder.DropColumn(
                name: "InspectedOn",
                table: "self_declarations");

            migrationBuilder.DropColumn(
                name: "InspectionFindings",
                table: "self_declarations");

            migrationBuilder.DropColumn(
                name: "DecidedAtUtc",
                table: "formation_applications");

            migrationBuilder.DropColumn(
                name: "FirstSubmittedAtUtc",
                table: "formation_applications");

            migrationBuilder.DropColumn(
                name: "StatusSinceUtc",
                table: "formation_applications");

            migrationBuilder.DropColumn(
                name: "MembersDeclaredForYear",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "MembersMen",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "MembersWomen",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "MembershipTypeId",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "FromStatusSinceUtc",
                table: "application_events");
        }
    }
}
