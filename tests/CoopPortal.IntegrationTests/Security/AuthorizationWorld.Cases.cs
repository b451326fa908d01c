using System.Collections.Concurrent;
using CoopPortal.Domain.Users;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.IntegrationTests.Supervision;

namespace CoopPortal.IntegrationTests.Security;

/// <summary>The cases the decision cells of the use case matrix act on, made while the cells need them.</summary>
public sealed partial class AuthorizationWorld
{
    /// <summary>
    /// A case of <paramref name="kind"/> for a decision cell: the same one while the callers are refused (a refusal
    /// changes nothing), a new one after a caller took the step.
    /// </summary>
    public Task<Guid> CaseAsync(FreshCase kind) => _cases.GetOrAdd(kind, NewCaseAsync);

    /// <summary>The case of <paramref name="kind"/> was decided: the next cell gets a new one.</summary>
    public void Decided(FreshCase kind) => _cases.TryRemove(kind, out _);

    private readonly ConcurrentDictionary<FreshCase, Task<Guid>> _cases = new();

    private async Task<Guid> NewCaseAsync(FreshCase kind) => kind switch
    {
        FreshCase.SubmittedApplication => await SubmittedApplicationAsync(await Portal.NewUserAsync()),
        FreshCase.RecommendedApplication => await RecommendedApplicationAsync(),
        FreshCase.SentFoundingAssembly => (await SentFoundingAssemblyAsync(await Portal.NewUserAsync())).Assembly,
        FreshCase.AnnouncedGeneralAssembly => await AnnouncedGeneralAssemblyAsync(),
        FreshCase.Candidacy => await CandidacyAsync(await AnnouncedGeneralAssemblyAsync()),
        FreshCase.SentDeclaration => await DeclarationFiling.FileAsync(
            Portal.As(_users[Caller.Manager]), await CooperativeAsync("اظهارنامه", _users[Caller.Manager], _users[Caller.Inspector]), 1404, DeclarationFiling.Content()),
        FreshCase.PendingManagerLink => await PendingManagerLinkAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>An account whose national code, not proven yet, is a manager's of a new cooperative of the county of Zanjan (its id as a Guid).</summary>
    private async Task<Guid> PendingManagerLinkAsync()
    {
        var (account, _) = await Portal.NewUnprovenUserAsync();
        await CooperativeAsync("مدیر تازه", account with { NationalCode = account.ClaimedNationalCode }, _users[Caller.OtherInspector]);
        return Guid.Parse(account.UserId!);
    }

    /// <summary>An application of the county of Zanjan claimed and recommended by a provincial reviewer: the head's step is next.</summary>
    private async Task<Guid> RecommendedApplicationAsync()
    {
        var id = await SubmittedApplicationAsync(await Portal.NewUserAsync());
        var reviewer = Portal.As(await Portal.NewUserAsync(Roles.Reviewer, PortalDatabaseFixture.Zanjan));
        Assert.True((await reviewer.Review.ClaimAsync(id, default)).Succeeded);
        Assert.True((await reviewer.Review.RecommendAsync(id, null, default)).Succeeded);
        return id;
    }
}
