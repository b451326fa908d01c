using System.Net;
using CoopPortal.Application.Common.Documents;
using CoopPortal.IntegrationTests.Common;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoopPortal.IntegrationTests.Documents;

/// <summary>
/// PDFs in flight per person (issue 16): a third document of one person while two are being prepared is refused at
/// once in Persian, and another person's document is not held up by them.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class PdfPerUserLimitTests(PortalDatabaseFixture fixture)
{
    /// <summary>A PDF engine that holds every document until released, so "in flight" is a state, not a timing.</summary>
    private sealed class GatedRenderer : IPdfRenderer
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _entered;

        public int Entered => Volatile.Read(ref _entered);

        public void Release() => _release.TrySetResult();

        public async Task<byte[]> RenderAsync(string html, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _entered);
            await _release.Task.WaitAsync(cancellationToken);
            return PortalDatabaseFixture.SmallPdf;
        }
    }

    [Fact]
    public async Task A_third_pdf_of_one_person_is_refused_in_Persian_while_two_are_in_flight_and_others_are_served()
    {
        var renderer = new GatedRenderer();
        using var portal = fixture.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<IPdfRenderer>(renderer);
            // At start a portal prints the certificates left unprinted, here those of earlier tests on the shared
            // database; through the gate they would count as documents in flight. Only this test's documents go there.
            s.Remove(Assert.Single(s, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DocumentPrintService"));
        }));
        var busy = await fixture.NewUserAsync();
        var other = await fixture.NewUserAsync();
        var busyApplication = await fixture.CompleteApplicationAsync(busy);
        var otherApplication = await fixture.CompleteApplicationAsync(other);
        var busyClient = await SignedInAsync(portal, busy.NationalCode!);
        var otherClient = await SignedInAsync(portal, other.NationalCode!);
        Uri Summary(Guid id) => new($"/applications/{id}/summary.pdf", UriKind.Relative);

        var inFlight = new[] { busyClient.GetAsync(Summary(busyApplication)), busyClient.GetAsync(Summary(busyApplication)) };
        await WaitUntilAsync(() => renderer.Entered == 2, inFlight);

        using var third = await busyClient.GetAsync(Summary(busyApplication));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(Web.Security.PdfRateLimits.Message, await third.Content.ReadAsStringAsync());

        var others = otherClient.GetAsync(Summary(otherApplication));
        await WaitUntilAsync(() => renderer.Entered == 3, [.. inFlight, others]);
        renderer.Release();

        foreach (var response in await Task.WhenAll([.. inFlight, others]))
        {
            using (response)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            }
        }

        using var afterwards = await busyClient.GetAsync(Summary(busyApplication));
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> portal, string nationalCode)
    {
        var client = new FormClient(portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        using var login = await client.LoginAsync(nationalCode, PortalDatabaseFixture.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client.Http;
    }

    /// <summary>Waits for the engine to hold the documents; a request answered meanwhile (it should be held) fails at once with its answer.</summary>
    private static async Task WaitUntilAsync(Func<bool> state, Task<HttpResponseMessage>[] held)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!state())
        {
            foreach (var request in held.Where(r => r.IsCompleted))
            {
                using var answered = await request;
                Assert.Fail($"A held document was answered before the engine released it: {(int)answered.StatusCode} {await answered.Content.ReadAsStringAsync()}");
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(120), "The documents did not reach the PDF engine.");
            await Task.Delay(20);
        }
    }
}
