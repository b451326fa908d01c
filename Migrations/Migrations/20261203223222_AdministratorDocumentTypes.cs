using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class AdministratorDocumentTypes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RequiredOfAll",
                table: "document_types",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.UpdateData(
                table: "document_types",
                keyColumn: "Kind",
                keyValue: "ActivityLicence",
                column: "RequiredOfAll",
                value: false);

            migrationBuilder.UpdateData(
                table: "document_types",
                keyColumn: "Kind",
                keyValue: "ExpertValuation",
                column: "RequiredOfAll",
                value: false);

            migrationBuilder.UpdateData(
                table: "document_types",
                keyColumn: "Kind",
                keyValue: "FoundersIdCards",
                column: "RequiredOfAll",
                value: false);

            migrationBuilder.UpdateData(
                table: "document_types",
                keyColumn: "Kind",
                keyValue: "Other",
                column: "RequiredOfAll",
                value: false);

            migrationBuilder.UpdateData(
                table: "document_types",
                keyColumn: "Kind",
                keyValue: "ProposalPlan",
                column: "RequiredOfAll",
                value: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RequiredOfAll",
                table: "document_types");
        }
    }
}
