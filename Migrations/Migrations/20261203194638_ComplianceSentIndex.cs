using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class ComplianceSentIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_self_declarations_Sent",
                table: "self_declarations",
                columns: new[] { "FiscalYear", "ProvinceId", "CooperativeId" },
                filter: "\"Status\" <> 'Draft'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_self_declarations_Sent",
                table: "self_declarations");
        }
    }
}
