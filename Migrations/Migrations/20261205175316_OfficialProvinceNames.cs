using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <summary>
    /// Province names as written officially (issue 18 point 7): the shipped data set wrote «چهارمحال وبختیاری» without
    /// the space before «و». Reference data is only inserted when missing (docs/database-migrations.md), so a name
    /// already shipped is corrected here; a name an administrator changed since is left alone.
    /// </summary>
    public partial class OfficialProvinceNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE provinces SET \"Name\" = 'چهارمحال و بختیاری' WHERE \"Id\" = 9 AND \"Name\" = 'چهارمحال وبختیاری';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE provinces SET \"Name\" = 'چهارمحال وبختیاری' WHERE \"Id\" = 9 AND \"Name\" = 'چهارمحال و بختیاری';");
        }
    }
}
