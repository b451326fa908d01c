using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.IntegrationTests.Security;

/// <summary>
/// The route matrix (issue 20, point 6): every page and every file endpoint of the portal, opened by URL by every kind
/// of caller (<see cref="Caller"/>: the resource's owner, its cooperative's own manager and inspector or another's, the
/// staff of its county, of a neighbouring county, of its province, of another province, headquarters, the admin). The
/// table (<see cref="RouteTable"/>) is the one place that says what each of them gets; a route the code maps and the
/// table lacks fails <see cref="Every_route_of_the_portal_has_a_row_in_the_table"/>, so no page skips the matrix.
/// </summary>
[Collection(AuthorizationCollection.Name)]
public sealed class RouteMatrixTests(AuthorizationWorld world)
{
    public static TheoryData<string, Caller> Cells()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var row in RouteTable.Rows)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                data.Add(row.Template, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_caller_gets_what_the_table_says(string template, Caller caller)
    {
        var row = RouteTable.Rows.Single(r => r.Template == template);
        var client = await world.ClientAsync(caller);

        using var response = await client.Http.GetAsync(new Uri(row.Url(world), UriKind.Relative));

        Assert.Equal(row.Expected(caller), await OutcomeAsync(response));
    }

    [Fact]
    public void Every_route_of_the_portal_has_a_row_in_the_table()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("CoopPortal.Web.Components.Pages", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template);
        var files = world.Portal.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.OfType<MethodInfo>().Any(IsFileEndpoint)
                && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => e.RoutePattern.RawText!);
        var mapped = pages.Concat(files).ToHashSet(StringComparer.Ordinal);
        var tabled = RouteTable.Rows.Select(r => r.Template).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(mapped.Except(tabled).Order());
        Assert.Empty(tabled.Except(mapped).Order());
        Assert.Equal(RouteTable.Rows.Count, tabled.Count);
        Assert.All(RouteTable.Rows, r => Assert.Equal(Enum.GetValues<Caller>().Length, r.Outcomes.Count));
    }

    /// <summary>A handler of Hosting/*Endpoints.cs (the lambda's class is nested in it).</summary>
    private static bool IsFileEndpoint(MethodInfo method)
    {
        var type = method.DeclaringType;
        while (type?.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type is { Namespace: "CoopPortal.Web.Hosting" } && type.Name.EndsWith("Endpoints", StringComparison.Ordinal);
    }

    /// <summary>What a response means to a person: the page, the sign-in page, "not found", "no access".</summary>
    private static async Task<Outcome> OutcomeAsync(HttpResponseMessage response)
    {
        var location = FormClient.LocalPath(response);
        return response.StatusCode switch
        {
            HttpStatusCode.OK when (await response.Content.ReadAsStringAsync()).Contains(NotFoundTitle, StringComparison.Ordinal) => Outcome.N,
            HttpStatusCode.OK => Outcome.O,
            HttpStatusCode.NotFound => Outcome.N,
            HttpStatusCode.Forbidden => Outcome.F,
            HttpStatusCode.Redirect when location.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase) => Outcome.S,
            HttpStatusCode.Redirect when location.StartsWith("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase) => Outcome.F,
            HttpStatusCode.Redirect when location.StartsWith('/') && !location.StartsWith("/Account/", StringComparison.OrdinalIgnoreCase) => Outcome.R,
            _ => throw new Xunit.Sdk.XunitException($"Unexpected answer {(int)response.StatusCode} {location}"),
        };
    }

    private const string NotFoundTitle = "صفحه پیدا نشد";
}
