using CoopPortal.Application.Common.Results;

namespace CoopPortal.IntegrationTests.Security;

/// <summary>
/// The use case matrix (issue 20, point 6): the scoped use cases, called directly as the pages call them, by every kind
/// of caller (<see cref="Caller"/>) on a case of the county of Zanjan. The table (<see cref="UseCaseTable"/>) says what
/// each gets. A decision cell acts on a case at the step it tries (<see cref="FreshCase"/>): a refusal changes nothing,
/// so the next cell shares it; a caller let through takes the step, and the next cell gets a new case.
/// </summary>
[Collection(AuthorizationCollection.Name)]
public sealed class UseCaseMatrixTests(AuthorizationWorld world)
{
    public static TheoryData<string, Caller> Cells()
    {
        var data = new TheoryData<string, Caller>();
        foreach (var row in UseCaseTable.Rows)
        {
            foreach (var caller in Enum.GetValues<Caller>())
            {
                data.Add(row.UseCase, caller);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_caller_gets_what_the_table_says(string useCase, Caller caller)
    {
        var row = UseCaseTable.Rows.Single(r => r.UseCase == useCase);
        var id = row.Case is { } kind ? await world.CaseAsync(kind) : Guid.Empty;

        var result = await row.Call(new UseCaseCall(world, world.User(caller), id));
        if (result.Succeeded && row.Case is { } decided)
        {
            world.Decided(decided);
        }

        Assert.True(row.Expected(caller) == Verdict(result), $"{useCase} as {caller}: {result.Kind} {result.Message}");
    }

    [Fact]
    public void The_table_has_one_cell_per_caller_and_one_row_per_use_case()
    {
        Assert.All(UseCaseTable.Rows, r => Assert.Equal(Enum.GetValues<Caller>().Length, r.Outcomes.Count));
        Assert.Equal(UseCaseTable.Rows.Count, UseCaseTable.Rows.Select(r => r.UseCase).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>
    /// Let through (it succeeded, or only the case's state or the form refused it), refused for the role, or not found
    /// (not theirs).
    /// </summary>
    private static Access Verdict(Result result) => result.Kind switch
    {
        ErrorKind.None or ErrorKind.Conflict or ErrorKind.Validation => Access.Y,
        ErrorKind.Forbidden => Access.F,
        _ => Access.N,
    };
}
