using System.Security.Claims;
using CoopPortal.Testing;
using CoopPortal.Web.Components.Common;
using Microsoft.AspNetCore.Components.Authorization;

namespace CoopPortal.UnitTests.Hosting;

/// <summary>The prerender's view handed to the same person's circuit once (issue 18, point 2).</summary>
public sealed class PrerenderedViewsTests
{
    private static readonly Guid Case = Guid.NewGuid();
    private readonly ShiftableClock _clock = new();
    private readonly PrerenderedViews _views;

    public PrerenderedViewsTests() => _views = new PrerenderedViews(_clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<PrerenderedViews>.Instance);

    [Fact]
    public void The_same_person_reads_the_view_a_late_circuit_too_and_the_next_prerender_replaces_it()
    {
        var first = new object();
        _views.Keep("user-1", typeof(string), Case, first);

        Assert.True(_views.TryGet("user-1", typeof(string), Case, out var taken));
        Assert.Same(first, taken);

        // The circuit a link had started renders after the person reloaded: both circuits find the view.
        Assert.True(_views.TryGet("user-1", typeof(string), Case, out var late));
        Assert.Same(first, late);

        var second = new object();
        _views.Keep("user-1", typeof(string), Case, second);
        Assert.True(_views.TryGet("user-1", typeof(string), Case, out var fresh));
        Assert.Same(second, fresh);
    }

    [Fact]
    public void Another_person_page_or_case_takes_nothing_and_leaves_the_view_for_its_owner()
    {
        _views.Keep("user-1", typeof(string), Case, "view");

        Assert.False(_views.TryGet("user-2", typeof(string), Case, out _));
        Assert.False(_views.TryGet("user-1", typeof(int), Case, out _));
        Assert.False(_views.TryGet("user-1", typeof(string), Guid.NewGuid(), out _));
        Assert.True(_views.TryGet("user-1", typeof(string), Case, out _));
    }

    [Fact]
    public void A_view_not_taken_in_time_is_gone()
    {
        _views.Keep("user-1", typeof(string), Case, "view");
        _clock.Offset = PrerenderedViews.Lifetime + TimeSpan.FromSeconds(1);

        Assert.False(_views.TryGet("user-1", typeof(string), Case, out _));
    }

    [Fact]
    public void When_full_expired_views_make_room_and_live_ones_are_not_pushed_out()
    {
        for (var i = 0; i < PrerenderedViews.Capacity; i++)
        {
            _views.Keep($"user-{i}", typeof(string), Case, "old");
        }

        _views.Keep("late", typeof(string), Case, "refused");
        Assert.False(_views.TryGet("late", typeof(string), Case, out _));
        Assert.True(_views.TryGet("user-0", typeof(string), Case, out _));

        _clock.Offset = PrerenderedViews.Lifetime + TimeSpan.FromSeconds(1);
        _views.Keep("later", typeof(string), Case, "kept");
        _views.Keep("later-2", typeof(string), Case, "kept");
        Assert.True(_views.TryGet("later", typeof(string), Case, out var view));
        Assert.Equal("kept", view);
    }

    private sealed class SignedIn(string? user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(
            new ClaimsPrincipal(user is null ? new ClaimsIdentity() : new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user)], "test"))));
    }

    /// <summary>A read that counts how often it ran and answers a new object each time.</summary>
    private sealed class Reads
    {
        public int Count { get; private set; }

        public Task<object?> Read()
        {
            Count++;
            return Task.FromResult<object?>(new object());
        }
    }

    [Fact]
    public async Task The_prerender_reads_and_the_circuits_take_its_answer_without_reading_again_until_the_next_prerender()
    {
        var reads = new Reads();
        var auth = new SignedIn("user-1");

        var prerendered = await _views.ReadOnceAsync(auth, interactive: false, typeof(string), Case, reads.Read);
        var first = await _views.ReadOnceAsync(auth, interactive: true, typeof(string), Case, reads.Read);
        var late = await _views.ReadOnceAsync(auth, interactive: true, typeof(string), Case, reads.Read);
        Assert.Same(prerendered, first);
        Assert.Same(prerendered, late);
        Assert.Equal(1, reads.Count);

        var reloaded = await _views.ReadOnceAsync(auth, interactive: false, typeof(string), Case, reads.Read);
        Assert.NotSame(prerendered, reloaded);
        Assert.Same(reloaded, await _views.ReadOnceAsync(auth, interactive: true, typeof(string), Case, reads.Read));
        Assert.Equal(2, reads.Count);
    }

    [Fact]
    public async Task Another_person_or_a_page_without_a_prerender_reads_for_itself()
    {
        var reads = new Reads();
        var kept = await _views.ReadOnceAsync(new SignedIn("user-1"), interactive: false, typeof(string), "a", reads.Read);

        Assert.NotSame(kept, await _views.ReadOnceAsync(new SignedIn("user-2"), interactive: true, typeof(string), "a", reads.Read));
        Assert.NotSame(kept, await _views.ReadOnceAsync(new SignedIn("user-1"), interactive: true, typeof(string), "b", reads.Read));
        Assert.NotSame(kept, await _views.ReadOnceAsync(new SignedIn(null), interactive: true, typeof(string), "a", reads.Read));
        Assert.Same(kept, await _views.ReadOnceAsync(new SignedIn("user-1"), interactive: true, typeof(string), "a", reads.Read));
        Assert.Equal(4, reads.Count);
    }

    [Fact]
    public async Task Nothing_found_is_not_kept_so_the_circuit_asks_again()
    {
        var auth = new SignedIn("user-1");
        Assert.Null(await _views.ReadOnceAsync(auth, interactive: false, typeof(string), Case, () => Task.FromResult<string?>(null)));

        Assert.Equal("now found", await _views.ReadOnceAsync(auth, interactive: true, typeof(string), Case, () => Task.FromResult<string?>("now found")));
    }
}
