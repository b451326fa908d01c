using CoopPortal.Application.Registry.Import;
using CoopPortal.Domain.Users;

namespace CoopPortal.Web.Hosting;

internal static class ImportEndpoints
{
    /// <summary>
    /// GET /admin/cooperatives/import/sample.csv: the sample file of the cooperatives import (UTF-8 with BOM, the
    /// documented headers and two valid rows), for administrators; GET /admin/cooperatives/import/members-sample.csv:
    /// the sample of a member list.
    /// </summary>
    public static void MapImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/cooperatives/import/sample.csv", (HttpContext context) =>
            {
                return FileResponses.Attachment(context, CooperativeImportFormat.SampleBytes(), "text/csv; charset=utf-8", CooperativeImportFormat.SampleFileName);
            })
            .RequireAuthorization(policy => policy.RequireRole(Roles.Admin));

        endpoints.MapGet("/admin/cooperatives/import/members-sample.csv", (HttpContext context) =>
                FileResponses.Attachment(context, MemberImportFormat.SampleBytes(), "text/csv; charset=utf-8", MemberImportFormat.SampleFileName))
            .RequireAuthorization(policy => policy.RequireRole(Roles.Admin));
    }
}
