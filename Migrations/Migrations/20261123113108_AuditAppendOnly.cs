using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopPortal.Migrations.Migrations
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit trail is append-only in the database itself, whatever code runs against it.
            migrationBuilder.Sql("""
                CREATE FUNCTION coopportal_forbid_audit_change() RETURNS trigger AS $$
                BEGIN
                    RAISE EXCEPTION 'application_events is append-only: % is not allowed', TG_OP;
                END
                $$ LANGUAGE plpgsql;
                CREATE TRIGGER application_events_append_only BEFORE UPDATE OR DELETE ON application_events
                    FOR EACH ROW EXECUTE FUNCTION coopportal_forbid_audit_change();
                """);

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS application_events_append_only ON application_events; DROP FUNCTION IF EXISTS coopportal_forbid_audit_change();");

        }
    }
}
