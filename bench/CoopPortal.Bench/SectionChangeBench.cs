using CoopPortal.Application.Common.Files;
using CoopPortal.Application.Common.Results;
using CoopPortal.Application.Formation.Common;
using CoopPortal.Application.Formation.Documents;
using CoopPortal.Application.Formation.EditDraft;
using CoopPortal.Application.Formation.GetApplication;
using CoopPortal.Domain.Formation;
using CoopPortal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopPortal.Bench;

/// <summary>
/// What one change on the members, founders, declaration and documents pages of a formation draft costs the database
/// (issue 14, point 6), done the way each page does it: the save, then what the page does with its answer (it folds it into its view; only a refused change reloads). Counted
/// like <see cref="FieldChangeBench"/> (round trips / statements), with the time of the change.
/// </summary>
internal static class SectionChangeBench
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    public static async Task<List<(string What, string Figure)>> RunAsync(int samples)
    {
        using var draft = await BenchDraft.StartAsync();
        var (capture, services, user, db, context, id, edit, get) = (draft.Capture, draft.Services, draft.User, draft.Db, draft.Context, draft.Id, draft.Edit, draft.Get);
        using var scope = services.CreateScope();
        var files = scope.ServiceProvider.GetRequiredService<CaseFiles>();
        var upload = new UploadDocumentHandler(db, user, files, context);
        var remove = new RemoveDocumentHandler(db, user, files, context);

        // A draft as a person has it while filling the members: seven members with shares, three of them founders.
        var view = (await get.HandleAsync(id, default)).Value!;
        var counter = 0;
        MemberDetails Person(long share) => new($"عضو سنجش {++counter}", "پدر", TestNationalCodes.Next(), "1370/05/12", "09121234567", share, share / 2, null, null);
        var members = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            members.Add((await edit.AddMemberAsync(id, Person(10_000_000), default)).Value!.Changed!.Value);
        }

        await edit.SetFoundersAsync(id, members.Take(3).ToList(), default);

        // What each page does on a change: save, then fold the answer into its view (only a refused change reloads).
        async Task Show<T>(Result<T> saved, Func<ApplicationView, T, ApplicationView> show) =>
            view = saved is { Succeeded: true, Value: { } answer } ? show(view, answer) : (await get.HandleAsync(id, default)).Value!;
        var added = Guid.Empty;
        async Task AddMember()
        {
            var saved = await edit.AddMemberAsync(id, Person(5_000_000), default);
            added = saved.Value!.Changed!.Value;
            await Show(saved, (v, c) => v.With(c));
        }

        async Task RemoveMember() => await Show(await edit.RemoveMemberAsync(id, added, default), (v, c) => v.With(c));
        async Task UpdateMember() => await Show(await edit.UpdateMemberAsync(id, members[6], Person(8_000_000 + counter), default), (v, c) => v.With(c));
        var founderFlip = false;
        async Task SetFounders()
        {
            founderFlip = !founderFlip;
            await Show(await edit.SetFoundersAsync(id, members.Skip(founderFlip ? 1 : 0).Take(3).ToList(), default), (v, c) => v.With(c));
        }

        var accepted = false;
        async Task Declare()
        {
            accepted = !accepted;
            await Show(await edit.SetDeclarationAsync(id, accepted, default), (v, c) => v.With(c));
        }

        var document = Guid.Empty;
        async Task Upload()
        {
            using var stream = new MemoryStream(Pdf);
            var saved = await upload.HandleAsync(id, DocumentKind.ProposalPlan, "طرح.pdf", Pdf.Length, stream, default);
            document = saved.Value!.Changed!.Value;
            await Show(saved, (v, c) => v.With(c));
        }

        async Task RemoveDocument() => await Show(await remove.HandleAsync(id, document, default), (v, c) => v.With(c));

        async Task<string> Count(Func<Task> change)
        {
            capture.Enabled = true;
            capture.Take();
            await change();
            var commands = capture.Take();
            capture.Enabled = false;
            return FieldChangeBench.Count(commands);
        }

        // Warmed up once each; an add is counted, then its removal (and so for a document).
        await AddMember();
        await RemoveMember();
        await UpdateMember();
        await SetFounders();
        await Declare();
        await Upload();
        await RemoveDocument();
        var rows = new List<(string What, string Figure)>
        {
            ("add a member: save and what the page then shows (round trips / statements)", await Count(AddMember)),
            ("remove that member (round trips / statements)", await Count(RemoveMember)),
            ("change a member's share (round trips / statements)", await Count(UpdateMember)),
            ("tick a founder (round trips / statements)", await Count(SetFounders)),
            ("tick the declaration (round trips / statements)", await Count(Declare)),
            ("upload a document (round trips / statements)", await Count(Upload)),
            ("remove that document (round trips / statements)", await Count(RemoveDocument)),
            ("add a member then remove it: time p50 / p95 (each pair)", await Bench.MeasureAsync(samples, async () => { await AddMember(); await RemoveMember(); })),
            ("change a member's share: time p50 / p95", await Bench.MeasureAsync(samples, UpdateMember)),
            ("tick a founder: time p50 / p95", await Bench.MeasureAsync(samples, SetFounders)),
            ("upload a document then remove it: time p50 / p95 (each pair)", await Bench.MeasureAsync(samples, async () => { await Upload(); await RemoveDocument(); })),
        };
        return rows;
    }
}
