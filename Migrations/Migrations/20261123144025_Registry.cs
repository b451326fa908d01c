using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActivityTypeId",
                table: "cooperatives",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Capital",
                table: "cooperatives",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CompanyNationalId",
                table: "cooperatives",
                type: "character varying(11)",
                maxLength: 11,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FormationApplicationId",
                table: "cooperatives",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MembersCount",
                table: "cooperatives",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OrientationId",
                table: "cooperatives",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "cooperatives",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Portal");

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "cooperatives",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "cooperative_managers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    NationalCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cooperative_managers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cooperative_managers_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cooperative_officers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NationalCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TermStartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TermEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cooperative_officers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cooperative_officers_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "founding_assemblies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicantUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CapitalPaid = table.Column<long>(type: "bigint", nullable: true),
                    CompanyNationalId = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Officers = table.Column<string>(type: "jsonb", nullable: false),
                    Files = table.Column<string>(type: "jsonb", nullable: false),
                    ReturnComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_founding_assemblies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_founding_assemblies_AspNetUsers_ApplicantUserId",
                        column: x => x.ApplicantUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_founding_assemblies_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_founding_assemblies_formation_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "formation_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_founding_assemblies_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "self_declarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    FiscalYear = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Content = table.Column<string>(type: "jsonb", nullable: false),
                    PreviousYearNetProfitOrLoss = table.Column<long>(type: "bigint", nullable: true),
                    ConfirmedSections = table.Column<string>(type: "jsonb", nullable: false),
                    Files = table.Column<string>(type: "jsonb", nullable: false),
                    TruthDeclared = table.Column<bool>(type: "boolean", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RiskTotal = table.Column<int>(type: "integer", nullable: true),
                    RiskBand = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    RiskFindings = table.Column<string>(type: "jsonb", nullable: false),
                    InspectionPlannedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_self_declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_self_declarations_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_self_declarations_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sequence_counters",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastSequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sequence_counters", x => new { x.Kind, x.ProvinceId, x.Year });
                });

            // Certificate numbers continue where they were: the counters move to the shared table.
            migrationBuilder.Sql("""
                INSERT INTO sequence_counters ("Kind", "ProvinceId", "Year", "LastSequence")
                SELECT 'Certificate', "ProvinceId", "Year", "LastSequence" FROM certificate_counters;
                """);
            migrationBuilder.DropTable(
                name: "certificate_counters");

            migrationBuilder.CreateTable(
                name: "assembly_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssemblyId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ToStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assembly_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assembly_events_founding_assemblies_AssemblyId",
                        column: x => x.AssemblyId,
                        principalTable: "founding_assemblies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "declaration_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ToStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_declaration_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_declaration_events_self_declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "self_declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_ActivityTypeId",
                table: "cooperatives",
                column: "ActivityTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_CompanyNationalId",
                table: "cooperatives",
                column: "CompanyNationalId",
                unique: true,
                filter: "\"CompanyNationalId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_FormationApplicationId",
                table: "cooperatives",
                column: "FormationApplicationId",
                unique: true,
                filter: "\"FormationApplicationId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_OrientationId",
                table: "cooperatives",
                column: "OrientationId");

            migrationBuilder.CreateIndex(
                name: "IX_cooperatives_ProvinceId_RegistrationNumber",
                table: "cooperatives",
                columns: new[] { "ProvinceId", "RegistrationNumber" },
                unique: true,
                filter: "\"RegistrationNumber\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_assembly_events_AssemblyId",
                table: "assembly_events",
                column: "AssemblyId");

            migrationBuilder.CreateIndex(
                name: "IX_cooperative_managers_CooperativeId_NationalCode",
                table: "cooperative_managers",
                columns: new[] { "CooperativeId", "NationalCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cooperative_managers_NationalCode",
                table: "cooperative_managers",
                column: "NationalCode");

            migrationBuilder.CreateIndex(
                name: "IX_cooperative_officers_CooperativeId",
                table: "cooperative_officers",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_declaration_events_DeclarationId",
                table: "declaration_events",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_founding_assemblies_ApplicantUserId",
                table: "founding_assemblies",
                column: "ApplicantUserId");

            migrationBuilder.CreateIndex(
                name: "IX_founding_assemblies_ApplicationId",
                table: "founding_assemblies",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_founding_assemblies_CooperativeId",
                table: "founding_assemblies",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_founding_assemblies_ProvinceId_Status_SubmittedAtUtc",
                table: "founding_assemblies",
                columns: new[] { "ProvinceId", "Status", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_CooperativeId_FiscalYear",
                table: "self_declarations",
                columns: new[] { "CooperativeId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_ProvinceId_Status_RiskTotal",
                table: "self_declarations",
                columns: new[] { "ProvinceId", "Status", "RiskTotal" });

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_ReceiptNumber",
                table: "self_declarations",
                column: "ReceiptNumber",
                unique: true,
                filter: "\"ReceiptNumber\" IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "FK_cooperatives_activity_types_ActivityTypeId",
                table: "cooperatives",
                column: "ActivityTypeId",
                principalTable: "activity_types",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_cooperatives_formation_applications_FormationApplicationId",
                table: "cooperatives",
                column: "FormationApplicationId",
                principalTable: "formation_applications",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_cooperatives_orientations_OrientationId",
                table: "cooperatives",
                column: "OrientationId",
                principalTable: "orientations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // The registry's audit trails are append-only in the database itself, like the applications' history.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION coopportal_forbid_audit_change() RETURNS trigger AS $$
                BEGIN
                    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
                END
                $$ LANGUAGE plpgsql;
                CREATE TRIGGER assembly_events_append_only BEFORE UPDATE OR DELETE ON assembly_events
                    FOR EACH ROW EXECUTE FUNCTION coopportal_forbid_audit_change();
                CREATE TRIGGER declaration_events_append_only BEFORE UPDATE OR DELETE ON declaration_events
                    FOR EACH ROW EXECUTE FUNCTION coopportal_forbid_audit_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_cooperatives_activity_types_ActivityTypeId",
                table: "cooperatives");

            migrationBuilder.DropForeignKey(
                name: "FK_cooperatives_formation_applications_FormationApplicationId",
                table: "cooperatives");

            migrationBuilder.DropForeignKey(
                name: "FK_cooperatives_orientations_OrientationId",
                table: "cooperatives");

            migrationBuilder.DropTable(
                name: "assembly_events");

            migrationBuilder.DropTable(
                name: "cooperative_managers");

            migrationBuilder.DropTable(
                name: "cooperative_officers");

            migrationBuilder.DropTable(
                name: "declaration_events");

            migrationBuilder.DropTable(
                name: "sequence_counters");

            migrationBuilder.DropTable(
                name: "founding_assemblies");

            migrationBuilder.DropTable(
                name: "self_declarations");

            migrationBuilder.DropIndex(
                name: "IX_cooperatives_ActivityTypeId",
                table: "cooperatives");

            migrationBuilder.DropIndex(
                name: "IX_cooperatives_CompanyNationalId",
                table: "cooperatives");

            migrationBuilder.DropIndex(
                name: "IX_cooperatives_FormationApplicationId",
                table: "cooperatives");

            migrationBuilder.DropIndex(
                name: "IX_cooperatives_OrientationId",
                table: "cooperatives");

            migrationBuilder.DropIndex(
                name: "IX_cooperatives_ProvinceId_RegistrationNumber",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "ActivityTypeId",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "Capital",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "CompanyNationalId",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "FormationApplicationId",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "MembersCount",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "OrientationId",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "cooperatives");

            migrationBuilder.CreateTable(
                name: "certificate_counters",
                columns: table => new
                {
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastSequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certificate_counters", x => new { x.ProvinceId, x.Year });
                });
        }
    }
}
