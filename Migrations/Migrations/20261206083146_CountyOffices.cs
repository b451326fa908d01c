using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class CountyOffices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CountyId",
                table: "self_declarations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountyId",
                table: "founding_assemblies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountyId",
                table: "candidacies",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CountyId",
                table: "AspNetUsers",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_CountyId",
                table: "self_declarations",
                column: "CountyId");

            migrationBuilder.CreateIndex(
                name: "IX_founding_assemblies_CountyId",
                table: "founding_assemblies",
                column: "CountyId");

            migrationBuilder.CreateIndex(
                name: "IX_candidacies_CountyId",
                table: "candidacies",
                column: "CountyId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_CountyId",
                table: "AspNetUsers",
                column: "CountyId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_counties_CountyId",
                table: "AspNetUsers",
                column: "CountyId",
                principalTable: "counties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_candidacies_counties_CountyId",
                table: "candidacies",
                column: "CountyId",
                principalTable: "counties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_founding_assemblies_counties_CountyId",
                table: "founding_assemblies",
                column: "CountyId",
                principalTable: "counties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_self_declarations_counties_CountyId",
                table: "self_declarations",
                column: "CountyId",
                principalTable: "counties",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // The cases filed before county offices take the county of what they are about, so a county office sees
            // them from the start (issue 20, point 1). Staff accounts keep no county: a provincial office, as before.
            migrationBuilder.Sql("""
                UPDATE self_declarations d SET "CountyId" = c."CountyId"
                FROM cooperatives c WHERE c."Id" = d."CooperativeId" AND d."CountyId" IS NULL;
                UPDATE founding_assemblies f SET "CountyId" = a."CountyId"
                FROM formation_applications a WHERE a."Id" = f."ApplicationId" AND f."CountyId" IS NULL;
                UPDATE candidacies k SET "CountyId" = g."CountyId"
                FROM general_assemblies g WHERE g."Id" = k."AssemblyId" AND k."CountyId" IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_counties_CountyId",
                table: "AspNetUsers");

            migrationBuilder.DropForeignKey(
                name: "FK_candidacies_counties_CountyId",
                table: "candidacies");

            migrationBuilder.DropForeignKey(
                name: "FK_founding_assemblies_counties_CountyId",
                table: "founding_assemblies");

            migrationBuilder.DropForeignKey(
                name: "FK_self_declarations_counties_CountyId",
                table: "self_declarations");

            migrationBuilder.DropIndex(
                name: "IX_self_declarations_CountyId",
                table: "self_declarations");

            migrationBuilder.DropIndex(
                name: "IX_founding_assemblies_CountyId",
                table: "founding_assemblies");

            migrationBuilder.DropIndex(
                name: "IX_candidacies_CountyId",
                table: "candidacies");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_CountyId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "CountyId",
                table: "self_declarations");

            migrationBuilder.DropColumn(
                name: "CountyId",
                table: "founding_assemblies");

            migrationBuilder.DropColumn(
                name: "CountyId",
                table: "candidacies");

            migrationBuilder.DropColumn(
                name: "CountyId",
                table: "AspNetUsers");
        }
    }
}
