using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <summary>
    /// The self-declaration on the formation pattern (issue 18 point 6): <c>Revision</c> counts the changes to what a
    /// declaration says, so the declaration of truth given with «send» certifies the revision the manager read on the
    /// check-answers page; <c>StartedSections</c> says which sections the manager has saved (a task list's «in
    /// progress»). A declaration already under way counts its confirmed sections as started.
    /// </summary>
    public partial class DeclarationRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "self_declarations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "StartedSections",
                table: "self_declarations",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.Sql("UPDATE self_declarations SET \"StartedSections\" = \"ConfirmedSections\";");
            migrationBuilder.Sql("ALTER TABLE self_declarations ALTER COLUMN \"StartedSections\" DROP DEFAULT;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Revision",
                table: "self_declarations");

            migrationBuilder.DropColumn(
                name: "StartedSections",
                table: "self_declarations");
        }
    }
}
