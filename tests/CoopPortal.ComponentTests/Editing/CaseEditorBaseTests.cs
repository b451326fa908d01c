using System.Security.Claims;
using Bunit;
using CoopPortal.Application.Common.Results;
using CoopPortal.ComponentTests.TestSupport;
using CoopPortal.Web.Components.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.ComponentTests.Editing;

/// <summary>
/// The editor base every case page shares: a change still running when the person moves on (types, then presses
/// «ادامه») finishes and is stored, and the page that was left neither reloads nor breaks the circuit; a change (or an
/// upload) that answers with what the page shows is folded into the view instead of loading the case again; a change
/// the database cannot take during an outage is kept and stored when it returns.
/// </summary>
public sealed class CaseEditorBaseTests : ComponentTest
{
    public CaseEditorBaseTests()
    {
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddSingleton<PrerenderedViews>();
        Context.AddAuthorization().SetAuthorized("0076229645").SetClaims(new Claim(ClaimTypes.NameIdentifier, "user-1"));
        Context.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void The_circuits_show_what_the_last_prerender_read_without_reading_the_case_again()
    {
        var store = new SlowStore();
        store.Release();
        var id = Guid.NewGuid();
        Context.Renderer.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, id));
        Assert.Equal(1, store.Fetches);

        Context.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var circuit = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, id));
        Assert.Equal(1, store.Fetches);
        Assert.Equal(store.Current, circuit.Find("#probe").TextContent);

        // A circuit that renders the page a moment late (a link's, when the person reloaded at once) finds it too.
        var late = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, id));
        Assert.Equal(1, store.Fetches);
        Assert.Equal(store.Current, late.Find("#probe").TextContent);

        // The next prerender reads again and replaces what the circuits take.
        Context.Renderer.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, id));
        Assert.Equal(2, store.Fetches);
    }

    [Fact]
    public async Task A_save_running_when_the_page_is_left_finishes_and_is_stored()
    {
        var store = new SlowStore();
        var page = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, Guid.NewGuid()));
        Assert.Equal(1, store.Fetches);
        var editor = page.Instance;

        var typing = page.InvokeAsync(() => editor.Type("تعاونی نمونه"));
        var later = page.InvokeAsync(() => editor.Type("تعاونی نمونه زنجان"));
        Assert.True(editor.Busy);

        // The person presses «ادامه»: the router disposes the page while its save waits for the database.
        await Context.DisposeComponentsAsync();
        store.Release();
        await typing;
        await later;

        Assert.Equal(["تعاونی نمونه", "تعاونی نمونه زنجان"], store.Saved);
        Assert.Equal(1, store.Fetches);
        Assert.Null(editor.Message);
        Assert.False(editor.Busy);
    }

    [Fact]
    public async Task A_save_says_when_it_was_stored_and_reloads_the_case()
    {
        var store = new SlowStore();
        store.Release();
        var page = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, Guid.NewGuid()));

        await page.InvokeAsync(() => page.Instance.Type("تعاونی"));

        Assert.StartsWith("ذخیره شد، ساعت ", page.Instance.Message, StringComparison.Ordinal);
        Assert.Equal(2, store.Fetches);
        page.Render();
        Assert.Equal("تعاونی", page.Find("#probe").TextContent);
    }

    [Fact]
    public async Task A_save_that_answers_what_the_page_shows_is_folded_into_the_view_without_loading_the_case_again()
    {
        var store = new SlowStore();
        store.Release();
        var page = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, Guid.NewGuid()));

        await page.InvokeAsync(() => page.Instance.TypeAnswered("تعاونی"));

        Assert.StartsWith("ذخیره شد، ساعت ", page.Instance.Message, StringComparison.Ordinal);
        Assert.Equal(1, store.Fetches);
        page.Render();
        Assert.Equal("تعاونی", page.Find("#probe").TextContent);
    }

    [Fact]
    public async Task An_upload_the_case_takes_shows_its_answer_and_a_refused_one_loads_the_case_again()
    {
        var store = new SlowStore();
        store.Release();
        var page = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, Guid.NewGuid()));

        var taken = await page.InvokeAsync(() => page.Instance.Upload("طرح.pdf", refuse: false));

        Assert.Null(taken);
        Assert.Equal(1, store.Fetches);
        page.Render();
        Assert.Equal("طرح.pdf", page.Find("#probe").TextContent);

        var refused = await page.InvokeAsync(() => page.Instance.Upload("دیگر.pdf", refuse: true));

        Assert.Equal(EditorProbe.Refused, refused);
        Assert.Equal(2, store.Fetches);
        Assert.Equal(EditorProbe.Refused, page.Instance.Message);
    }

    [Fact]
    public async Task A_change_the_database_cannot_take_is_kept_said_to_be_unsaved_and_stored_when_it_returns()
    {
        var store = new SlowStore();
        store.Release();
        var page = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, Guid.NewGuid()));
        store.Down = true;

        var typing = page.InvokeAsync(() => page.Instance.Type("تعاونی مصرف"));
        page.WaitForAssertion(() => Assert.True(store.Refused >= 1));
        page.WaitForAssertion(() => Assert.Equal(EditorText.NotSavedYet, page.Instance.Message));
        Assert.True(page.Instance.Waiting);
        Assert.Empty(store.Saved);

        store.Down = false; // the database is back: the kept change is tried again without the person doing anything
        await typing;

        Assert.Equal(["تعاونی مصرف"], store.Saved);
        Assert.False(page.Instance.Waiting);
        Assert.StartsWith("ذخیره شد، ساعت ", page.Instance.Message, StringComparison.Ordinal);
        page.Render();
        Assert.Equal("تعاونی مصرف", page.Find("#probe").TextContent);
    }

    [Fact]
    public async Task After_an_outage_saved_is_said_only_once_every_change_made_meanwhile_is_stored()
    {
        var store = new SlowStore { Held = "دوم" };
        store.Release();
        var page = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, Guid.NewGuid()));
        store.Down = true;
        var first = page.InvokeAsync(() => page.Instance.TypeIn("نخست"));
        page.WaitForAssertion(() => Assert.True(store.Refused >= 1));
        var second = page.InvokeAsync(() => page.Instance.TypeIn("دوم")); // another field, typed while the first still waits

        store.Down = false;
        await first;

        // The first change is stored; the second still waits its turn: a reload now would lose it, so no «saved».
        Assert.Equal(["نخست"], store.Saved);
        Assert.Equal(EditorText.NotSavedYet, page.Instance.Message);
        Assert.True(page.Instance.Waiting);

        store.ReleaseHeld();
        await second;
        Assert.Equal(["نخست", "دوم"], store.Saved);
        Assert.False(page.Instance.Waiting);
        Assert.StartsWith("ذخیره شد، ساعت ", page.Instance.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_queued_behind_a_change_kept_during_an_outage_ends_the_wait_when_it_is_taken()
    {
        var store = new SlowStore();
        store.Release();
        var page = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, Guid.NewGuid()));
        store.Down = true;
        var typing = page.InvokeAsync(() => page.Instance.TypeIn("نخست"));
        page.WaitForAssertion(() => Assert.True(store.Refused >= 1));
        var upload = page.InvokeAsync(() => page.Instance.Upload("طرح.pdf", refuse: false)); // waits its turn

        store.Down = false;
        await typing;
        Assert.Null(await upload);

        Assert.Equal(["نخست", "طرح.pdf"], store.Saved);
        Assert.False(page.Instance.Waiting);
        Assert.StartsWith("ذخیره شد، ساعت ", page.Instance.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reload_the_database_cannot_answer_keeps_what_the_page_shows()
    {
        var store = new SlowStore();
        store.Release();
        var page = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, Guid.NewGuid()));
        await page.InvokeAsync(() => page.Instance.Type("نخست"));
        store.FetchDown = true;

        await page.InvokeAsync(() => page.Instance.Type("دوم"));

        Assert.Equal(["نخست", "دوم"], store.Saved);
        page.Render();
        Assert.Equal("نخست", page.Find("#probe").TextContent);
    }

    [Fact]
    public void A_case_the_person_may_not_see_is_not_found()
    {
        var store = new SlowStore { Missing = true };
        var notFound = 0;
        Context.Services.GetRequiredService<NavigationManager>().OnNotFound += (_, _) => notFound++;

        var page = Context.Render<EditorProbe>(p => p.Add(e => e.Store, store).Add(e => e.Id, Guid.NewGuid()));

        Assert.Equal(1, notFound);
        Assert.Equal(string.Empty, page.Find("#probe").TextContent);
    }

    /// <summary>A case whose saves wait until the test lets the database answer.</summary>
    public sealed class SlowStore
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<string> Saved { get; } = [];

        public int Fetches { get; set; }

        public bool Missing { get; init; }

        /// <summary>While true, saves fail as they do when PostgreSQL is stopped.</summary>
        public bool Down { get; set; }

        /// <summary>While true, reads fail as they do when PostgreSQL is stopped.</summary>
        public bool FetchDown { get; set; }

        public int Refused { get; private set; }

        public string Current { get; private set; } = string.Empty;

        public void Release() => _open.TrySetResult();

        /// <summary>What Npgsql throws when the server cannot be reached.</summary>
        public static Npgsql.NpgsqlException Outage() =>
            new("Failed to connect to /tmp/.s.PGSQL.5433", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused));

        /// <summary>A value whose save waits for <see cref="ReleaseHeld"/> once the database is back.</summary>
        public string? Held { get; set; }

        private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void ReleaseHeld() => _held.TrySetResult();

        public async Task<Result> SaveAsync(string value)
        {
            await _open.Task;
            if (!Down && value == Held)
            {
                await _held.Task;
            }

            if (Down)
            {
                Refused++;
                throw Outage();
            }

            Saved.Add(value);
            Current = value;
            return Result.Success();
        }

        /// <summary>Saves and answers with what the page then shows (here, the value itself).</summary>
        public async Task<Result<string>> SaveAnsweringAsync(string value)
        {
            await SaveAsync(value);
            return Result<string>.Success(value);
        }
    }

    /// <summary>The smallest editor: one text whose every change is saved.</summary>
    public sealed class EditorProbe : CaseEditorBase<string>
    {
        public const string Refused = "این فایل پذیرفته نشد.";

        private string _typed = string.Empty;

        [Parameter]
        public SlowStore Store { get; set; } = default!;

        public bool Busy => IsBusy;

        public string? Message => SaveMessage;

        public bool Waiting => WaitingForDatabase;

        public Task Type(string value)
        {
            _typed = value;
            return SaveAsync(() => Store.SaveAsync(_typed));
        }

        /// <summary>A change of one field among several: saves this value, whatever is typed after it.</summary>
        public Task TypeIn(string value) => SaveAsync(() => Store.SaveAsync(value));

        public Task TypeAnswered(string value)
        {
            _typed = value;
            return SaveAsync(() => Store.SaveAnsweringAsync(_typed), (_, answer) => answer);
        }

        /// <summary>Uploads a small file named <paramref name="name"/>; the case stores its name, or refuses it.</summary>
        public Task<string?> Upload(string name, bool refuse) =>
            UploadAsync(new SmallFile(name), 1024, async _ => refuse ? Result<string>.Conflict(Refused) : await Store.SaveAnsweringAsync(name), (_, answer) => answer);

        protected override Task<Result<string>> FetchAsync(CancellationToken cancellationToken)
        {
            Store.Fetches++;
            if (Store.FetchDown)
            {
                throw SlowStore.Outage();
            }

            return Task.FromResult(Store.Missing ? Result<string>.NotFound() : Result<string>.Success(Store.Current));
        }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "span");
            builder.AddAttribute(1, "id", "probe");
            builder.AddContent(2, View);
            builder.CloseElement();
        }
    }

    /// <summary>A picked file of a few bytes.</summary>
    private sealed class SmallFile(string name) : IBrowserFile
    {
        private static readonly byte[] Bytes = "%PDF-1.4\n%%EOF\n"u8.ToArray();

        public string Name => name;

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public long Size => Bytes.Length;

        public string ContentType => "application/pdf";

        public Stream OpenReadStream(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) => new MemoryStream(Bytes);
    }
}
