using System.Text;
using CoopPortal.Application.Common.Interfaces;
using CoopPortal.Domain.Certificates;
using CoopPortal.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.Bench;

/// <summary>
/// The portal on Kestrel (loopback, free port) for browsers and wrk, with two things only the bench host has: a count
/// of open circuits, and bare endpoints in front of the whole pipeline (<c>/bare/text</c>, a fixed string; and
/// <c>/bare/verify/{code}</c>, the verification page's database lookup written as a few lines of text).
/// </summary>
internal sealed class KestrelBenchPortal(IDictionary<string, string?> settings, string environment = "Development")
    : PortalFactory(useKestrel: true, settings: settings, environment: environment)
{
    public OpenCircuits Circuits { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<CircuitHandler>(Circuits);
            // A closed tab's circuit is normally kept three minutes in case it reconnects: here it goes at once, so the
            // next page's measurement starts from no circuit at all.
            services.Configure<CircuitOptions>(options => options.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(1));
            services.AddSingleton<IStartupFilter>(new BareEndpoints());
        });
    }

    /// <summary>Counts the circuits open now (the bench waits for them to close between pages).</summary>
    internal sealed class OpenCircuits : CircuitHandler
    {
        private int _open;

        public int Open => Volatile.Read(ref _open);

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _open);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref _open);
            return Task.CompletedTask;
        }
    }

    private sealed class BareEndpoints : IStartupFilter
    {
        private static readonly byte[] Text = Encoding.UTF8.GetBytes("سامانه خدمات الکترونیکی تعاون");

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            // In front of the whole pipeline: /bare/text and /bare/verify/{code}.
            app.Use(static async (context, nextMiddleware) =>
            {
                if (!await AnswerAsync(context, "/bare/"))
                {
                    await nextMiddleware(context);
                }
            });
            next(app);

            // Behind it (what any endpoint of the portal passes through: headers, authentication, localization, rate
            // limits, antiforgery), reached when no endpoint matched: /bare/pipeline/text and /bare/pipeline/verify/{code}.
            app.Use(static async (context, nextMiddleware) =>
            {
                if (!await AnswerAsync(context, "/bare/pipeline/"))
                {
                    await nextMiddleware(context);
                }
            });
        };

        private static async Task<bool> AnswerAsync(HttpContext context, string prefix)
        {
            var path = context.Request.Path.Value ?? string.Empty;
            if (path == prefix + "text")
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.Body.WriteAsync(Text);
                return true;
            }

            if (path.StartsWith(prefix + "verify/", StringComparison.Ordinal))
            {
                var asked = path[(prefix + "verify/").Length..].Trim().ToLowerInvariant();
                var lookup = VerificationCode.IsWellFormed(asked) ? asked : string.Empty;
                var factory = context.RequestServices.GetRequiredService<IAppDbContextFactory>();
                await using var db = await factory.CreateAsync(context.RequestAborted);
                var found = await db.FormationCertificates.AsNoTracking()
                    .Where(c => c.VerificationCode == lookup)
                    .Select(c => new { c.Id, c.Number, c.IssuedAtUtc, c.Content, c.RevokedAtUtc })
                    .SingleOrDefaultAsync(context.RequestAborted);
                context.Response.StatusCode = found is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(found is null ? "unknown" : $"{found.Content.CooperativeName}\n{found.Number}\n{found.IssuedAtUtc:O}\n{found.Content.IssuingOffice}\n{found.RevokedAtUtc:O}");
                return true;
            }

            return false;
        }
    }
}
