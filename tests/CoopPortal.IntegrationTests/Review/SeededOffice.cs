using CoopPortal.Domain.Formation;

using CoopPortal.IntegrationTests.Common;

namespace CoopPortal.IntegrationTests.Review;

/// <summary>Complete applications of one applicant, submitted some days ago in a given province.</summary>
internal static class SeededOffice
{
    public static async Task<List<FormationApplication>> SubmittedAtAsync(PortalDatabaseFixture fixture, int province, params int[] daysAgo)
    {
        var applicant = await fixture.NewUserAsync();
        return await CompleteApplications.SubmitAsync(fixture.Factory.Services, applicant.UserId!, applicant.NationalCode!, province,
            daysAgo.Select(days => DateTime.UtcNow.AddDays(-days)));
    }
}
