using CoopPortal.Application.Common.Results;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Supervision;
using CoopPortal.IntegrationTests.Common;
using CoopPortal.Testing;

namespace CoopPortal.IntegrationTests.Supervision;

/// <summary>A manager's self-declaration filed through the use cases: its sound answers, every section saved and confirmed, then «ارسال».</summary>
internal static class DeclarationFiling
{
    private static DateOnly J(string jalali) => JalaliDate.Parse(jalali)!.Value;

    /// <summary>Sound answers (the ordinary assembly held on 1405/02/20 unless <paramref name="assemblyHeld"/> is false).</summary>
    public static DeclarationContent Content(bool assemblyHeld = true, long netResult = 150_000_000) => new()
    {
        MembersTotal = 25,
        MembersWomen = 10,
        MembersMen = 15,
        Employees = 4,
        Capital = 900_000_000,
        TotalAssets = 5_000_000_000,
        TotalLiabilities = 2_000_000_000,
        Equity = 3_000_000_000,
        Revenue = 7_000_000_000,
        NetProfitOrLoss = netResult,
        Dividends = 0,
        OrdinaryAssemblyHeldOn = assemblyHeld ? J("1405/02/20") : null,
        Officers =
        [
            new(OfficerRole.BoardMember, "علی رضایی", TestNationalCodes.Next(), null, J("1407/02/20")),
            new(OfficerRole.BoardMember, "مریم احمدی", TestNationalCodes.Next(), null, J("1407/02/20")),
            new(OfficerRole.BoardMember, "حسین کریمی", TestNationalCodes.Next(), null, J("1407/02/20")),
            new(OfficerRole.Inspector, "زهرا موسوی", TestNationalCodes.Next(), null, J("1406/02/20")),
        ],
        TaxReturnFiled = true,
        InsurancePaid = true,
        BooksKept = true,
        LicencesValid = true,
        TrainingHours = 12,
        ExportsValue = 0,
    };

    /// <summary>
    /// Starts, fills, confirms and submits a declaration for a fiscal year; returns its id. A declared ordinary assembly
    /// is moved to the 20th of Ordibehesht after the year unless <paramref name="keepAssemblyDay"/>.
    /// </summary>
    public static async Task<Guid> FileAsync(
        PortalDatabaseFixture.Handlers manager, Guid cooperativeId, int year, DeclarationContent content, bool report = true, bool keepAssemblyDay = false)
    {
        var started = await manager.StartDeclaration.HandleAsync(cooperativeId, year, default);
        Assert.True(started.Succeeded, started.Message);
        var id = started.Value;
        var answers = keepAssemblyDay || content.OrdinaryAssemblyHeldOn is null ? content : content with { OrdinaryAssemblyHeldOn = JalaliDate.FromParts(year + 1, 2, 20) };
        foreach (var section in DeclarationSectionText.All)
        {
            var saved = await manager.SaveDeclarationSection.HandleAsync(id, section, answers, true, default);
            Assert.True(saved.Succeeded, saved.Message);
        }

        if (report)
        {
            using var stream = new MemoryStream(PortalDatabaseFixture.SmallPdf);
            Assert.True((await manager.UploadInspectorsReport.HandleAsync(id, "گزارش بازرس.pdf", PortalDatabaseFixture.SmallPdf.Length, stream, default)).Succeeded);
        }

        var submitted = await SendAsync(manager, id);
        Assert.True(submitted.Succeeded, submitted.Message);
        return id;
    }

    /// <summary>«ارسال» on the check-answers page: the declaration of truth for the revision the page showed.</summary>
    public static async Task<Result> SendAsync(PortalDatabaseFixture.Handlers manager, Guid id, bool truthDeclared = true, int? checkedRevision = null)
    {
        var shown = (await manager.GetDeclaration.HandleAsync(id, default)).Value!;
        return await manager.SubmitDeclaration.HandleAsync(id, truthDeclared, checkedRevision ?? shown.Revision, default);
    }
}
