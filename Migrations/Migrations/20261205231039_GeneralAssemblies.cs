using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class GeneralAssemblies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "cooperatives",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LastChangedByAssemblyId",
                table: "cooperatives",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "cooperative_past_officers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NationalCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TermStartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TermEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReplacedByAssemblyId = table.Column<Guid>(type: "uuid", nullable: true),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cooperative_past_officers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cooperative_past_officers_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "general_assemblies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    CountyId = table.Column<int>(type: "integer", nullable: true),
                    FiledByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Agenda = table.Column<string>(type: "jsonb", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ObserverUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ObserverName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SupervisionWaiverReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Resolutions = table.Column<string>(type: "jsonb", nullable: false),
                    Elected = table.Column<string>(type: "jsonb", nullable: false),
                    Files = table.Column<string>(type: "jsonb", nullable: false),
                    ObserverFindings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReturnComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MinutesSubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConfirmedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    AttendanceCall = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AttendanceMembers = table.Column<int>(type: "integer", nullable: true),
                    AttendancePresent = table.Column<int>(type: "integer", nullable: true),
                    AttendanceRepresented = table.Column<int>(type: "integer", nullable: true),
                    Invitation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MeetingTime = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    OnlineLink = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Place = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_general_assemblies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_general_assemblies_AspNetUsers_FiledByUserId",
                        column: x => x.FiledByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_general_assemblies_AspNetUsers_ObserverUserId",
                        column: x => x.ObserverUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_general_assemblies_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_general_assemblies_counties_CountyId",
                        column: x => x.CountyId,
                        principalTable: "counties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_general_assemblies_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "candidacies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssemblyId = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false),
                    CandidateUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    NationalCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Post = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Files = table.Column<string>(type: "jsonb", nullable: false),
                    Findings = table.Column<string>(type: "jsonb", nullable: false),
                    DecisionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RegisteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_candidacies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_candidacies_AspNetUsers_CandidateUserId",
                        column: x => x.CandidateUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_candidacies_cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_candidacies_general_assemblies_AssemblyId",
                        column: x => x.AssemblyId,
                        principalTable: "general_assemblies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_candidacies_provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "general_assembly_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssemblyId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ToStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_general_assembly_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_general_assembly_events_general_assemblies_AssemblyId",
                        column: x => x.AssemblyId,
                        principalTable: "general_assemblies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "candidacy_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidacyId = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("PK_candidacy_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_candidacy_events_candidacies_CandidacyId",
                        column: x => x.CandidacyId,
                        principalTable: "candidacies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_candidacies_AssemblyId_NationalCode_Post",
                table: "candidacies",
                columns: new[] { "AssemblyId", "NationalCode", "Post" },
                unique: true,
                filter: "\"Status\" IN ('Registered', 'Approved')");

            migrationBuilder.CreateIndex(
                name: "IX_candidacies_CandidateUserId",
                table: "candidacies",
                column: "CandidateUserId");

            migrationBuilder.CreateIndex(
                name: "IX_candidacies_CooperativeId",
                table: "candidacies",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_candidacies_ProvinceId",
                table: "candidacies",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_candidacy_events_CandidacyId",
                table: "candidacy_events",
                column: "CandidacyId");

            migrationBuilder.CreateIndex(
                name: "IX_cooperative_past_officers_CooperativeId",
                table: "cooperative_past_officers",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_general_assemblies_CooperativeId",
                table: "general_assemblies",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_general_assemblies_CountyId",
                table: "general_assemblies",
                column: "CountyId");

            migrationBuilder.CreateIndex(
                name: "IX_general_assemblies_FiledByUserId",
                table: "general_assemblies",
                column: "FiledByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_general_assemblies_ObserverUserId",
                table: "general_assemblies",
                column: "ObserverUserId",
                filter: "\"ObserverUserId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_general_assemblies_ProvinceId_Status",
                table: "general_assemblies",
                columns: new[] { "ProvinceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_general_assembly_events_AssemblyId",
                table: "general_assembly_events",
                column: "AssemblyId");

            // The new histories are append-only like the others (InitialCreate's coopportal_forbid_audit_change).
            migrationBuilder.Sql("""
                CREATE TRIGGER general_assembly_events_append_only BEFORE UPDATE OR DELETE ON general_assembly_events
                    FOR EACH ROW EXECUTE FUNCTION coopportal_forbid_audit_change();
                CREATE TRIGGER candidacy_events_append_only BEFORE UPDATE OR DELETE ON candidacy_events
                    FOR EACH ROW EXECUTE FUNCTION coopportal_forbid_audit_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "candidacy_events");

            migrationBuilder.DropTable(
                name: "cooperative_past_officers");

            migrationBuilder.DropTable(
                name: "general_assembly_events");

            migrationBuilder.DropTable(
                name: "candidacies");

            migrationBuilder.DropTable(
                name: "general_assemblies");

            migrationBuilder.DropColumn(
                name: "Address",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "LastChangedByAssemblyId",
                table: "cooperatives");
        }
    }
}
